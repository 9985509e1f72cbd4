# Spira — Swedish catalogue: members. Danish (da) and Swedish (sv) must have exactly the same messages as English (en).

## Sekretessavtal, medlemslista och profiler
members-title = Medlemmar
members-confidential-note = Bara medlemmar som har godkänt sekretessavtalet ser den här listan.
members-export = Ladda ned medlemslistan (CSV)
members-competences = Kompetenser
csv-name = Namn
csv-email = E-post
csv-organisation = Arbetsplats
csv-role = Roll
csv-agreement-version = Godkänd avtalsversion
csv-agreement-accepted = Godkänt den
csv-members-file = medlemmar
network-member-nav = I nätverket
