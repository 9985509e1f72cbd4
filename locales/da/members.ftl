# Spira — Danish catalogue: members. Danish (da) and Swedish (sv) must have exactly the same messages as English (en).

## Fortrolighedsaftale, medlemsliste og profiler
members-title = Medlemmer
members-confidential-note = Kun medlemmer, der har accepteret fortrolighedsaftalen, kan se denne liste.
members-export = Hent medlemslisten (CSV)
members-competences = Kompetencer
csv-name = Navn
csv-email = E-mail
csv-organisation = Arbejdsplads
csv-role = Rolle
csv-agreement-version = Accepteret aftaleversion
csv-agreement-accepted = Accepteret den
csv-members-file = medlemmer
network-member-nav = I netværket
