# Spira — Swedish catalogue: agreements. Danish (da) and Swedish (sv) must have exactly the same messages as English (en).

## Sekretessavtal, medlemslista och profiler
notice-agreement_accepted = Tack. Du har godkänt sekretessavtalet.
notice-accept_first = Läs och godkänn sekretessavtalet för att se nätverkets förtroliga innehåll.
agreement-title = Sekretessavtal
agreement-version = Version
agreement-editorial-mark = redaktionell ändring: tidigare godkännanden gäller fortfarande
agreement-access-title = Offentlighetsprincipen
agreement-access-law = Avtalet binder medlemmarna, men offentliga organ omfattas fortfarande av offentlighetsprincipen och reglerna i offentlighets- och sekretesslagen. Det som delas i nätverket kan därför behöva lämnas ut på begäran, om inte sekretess gäller. För danska medlemmar gäller reglerna om aktindsigt.
agreement-accepted-on = Du godkände version { $version } den { $date }.
agreement-accept-lead = När du godkänner förbinder du dig att hålla det som medlemmarna delar i nätverket förtroligt.
agreement-accept = Jag godkänner avtalet
agreement-none = Processledaren har ännu inte skrivit sekretessavtalet.
agreement-edit = Skriv en ny version
agreement-text = Avtalet
hint-agreement-text = Tomma rader skiljer stycken åt; rader som börjar med "- " blir en lista.
label-editorial = Endast redaktionell ändring
hint-editorial = För rättelser som inte ändrar vad medlemmarna förbinder sig till. Tidigare godkännanden gäller fortfarande; annars måste alla godkänna den nya versionen.
agreement-publish = Publicera version
agreement-history = Versioner
agreement-read-and-accept = Läs och godkänn avtalet
home-accept-agreement = Nätverket är ett förtroligt rum. Godkänn sekretessavtalet för att se medlemmarna och det de delar.
error-agreement_not_accepted = Godkänn först nätverkets sekretessavtal.
error-agreement_changed = Avtalet har ändrats sedan du öppnade det. Läs den nya versionen och godkänn den.
error-editorial_needs_earlier_version = Den första versionen kan inte vara en redaktionell ändring.
field-text = Avtalet
field-editorial = Redaktionell ändring
