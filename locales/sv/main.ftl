# Spira — svensk katalog. Danska (da) och svenska (sv) måste ha exakt samma meddelanden som engelska (en).

## Sidlayout
skip-to-content = Hoppa till innehållet
nav-main = Huvudmeny
nav-language = Språk
nav-networks = Nätverk
nav-organisations = Organisationer
nav-account = Ditt konto
nav-outbox = Utkorg
nav-sign-in = Logga in
nav-sign-out = Logga ut
footer-about = Spira — innovationsnätverk för den offentliga sektorn i Norden.
footer-accessibility = Tillgänglighetsredogörelse
save = Spara
option-none = Ingen
form-error-summary = Det finns ett problem
label-actions = Åtgärder

## Meddelanden efter en åtgärd
notice-saved = Dina ändringar har sparats.
notice-created = Skapat.
notice-signed_out = Du är utloggad.
notice-link_sent = Titta i din e-post. Vi har skickat en länk till dig.
notice-password_changed = Ditt lösenord har ändrats och du är inloggad.
notice-invited = Inbjudan har skickats med e-post.
notice-token_created = Din nya API-token visas nedan.
notice-retried = Vi försöker nu skicka alla väntande e-postmeddelanden igen.
notice-role_changed = Rollen har ändrats.

## Startsida
home-title = Innovationsnätverk
home-lead = Nätverk där innovatörer från kommuner, regioner och statliga myndigheter delar kunskap, bollar idéer med varandra och sprider det som fungerar.
home-my-networks = Dina nätverk
home-all-networks = Alla nätverk
home-no-networks = Det finns inga nätverk än.

## Tillgänglighetsredogörelse
a11y-title = Tillgänglighetsredogörelse
a11y-body = Spira har som mål att uppfylla Web Content Accessibility Guidelines (WCAG) 2.1 på nivå AA, så som lagen om tillgänglighet till digital offentlig service (DOS-lagen) kräver av offentliga webbplatser. Alla sidor fungerar med tangentbord och utan JavaScript, och de testas med automatiska tillgänglighetskontroller.
a11y-feedback = Om något inte fungerar för dig kan du skriva till processledaren för ditt nätverk, som skickar det vidare till oss.

## Fel
error-page-not-found = Sidan finns inte
error-page-forbidden = Du har inte åtkomst
error-page-internal = Något gick fel
error-page-bad-request = Begäran kunde inte användas
error-back-home = Gå till startsidan
error-required = Fyll i det här fältet.
error-too_long = Texten är för lång.
error-invalid_characters = Texten innehåller tecken som inte är tillåtna.
error-invalid_email = Skriv en e-postadress, till exempel namn@exempel.se.
error-password_too_short = Lösenordet måste vara minst 10 tecken långt.
error-invalid_choice = Välj ett av alternativen.
error-invalid_cvr = Skriv ett giltigt danskt CVR-nummer med 8 siffror.
error-invalid_se_org_number = Skriv ett giltigt organisationsnummer, till exempel 212000-0142.
error-invalid_gln = Skriv ett giltigt GLN-nummer (EAN) med 13 siffror.
error-not_a_number = Skriv ett tal.
error-out_of_range = Talet ligger utanför det tillåtna intervallet.
error-too_many_criteria = Det får finnas högst 20 kriterier.
error-invalid_slug = Webbadressen får bara innehålla små bokstäver a–z, siffror och bindestreck (3–60 tecken).
error-slug_taken = Ett annat nätverk använder redan den här webbadressen.
error-email_taken = Det finns redan ett konto med den här e-postadressen.
error-already_exists = Det här finns redan.
error-missing_reference = Något som det här hänvisar till finns inte.
error-already_in_network = Personen har redan en roll i nätverket.
error-parent_cycle = En organisation kan inte placeras under sig själv eller under någon av sina egna enheter.
error-last_facilitator = Nätverket måste ha minst en processledare.
error-wrong_credentials = E-postadressen eller lösenordet är fel.
error-too_many_attempts = För många misslyckade försök. Vänta 15 minuter eller logga in med en länk via e-post.
error-too_many_links = För många länkar har skickats till den här adressen. Försök igen om en timme.
error-not_found = Vi kunde inte hitta det du letade efter.
error-forbidden = Du är inloggad, men du har inte åtkomst till det här.
error-sign_in_required = Logga in för att fortsätta.
error-invalid_token = API-token saknas, har fel format eller är okänd.
error-csrf_failed = Formuläret hade gått ut. Gå tillbaka, ladda om sidan och försök igen.
error-cross_site = Begäran kom från en annan webbplats och avvisades.
error-too_large = Det du skickade är för stort.
error-unsupported_media_type = Innehållstypen stöds inte.
error-bad_request = Begäran kunde inte användas.
error-method_not_allowed = Den här adressen tar inte emot den metoden.
error-timeout = Begäran tog för lång tid.
error-malformed_input = Det du skickade gick inte att läsa. Kontrollera formatet och försök igen.
error-too_many_requests = För många förfrågningar. Försök igen senare.
error-internal = Något gick fel hos oss. Försök igen om en stund.
error-invalid_input = Några fält behöver rättas.

## Inloggning
signin-title = Logga in
signin-with-password = Med ditt lösenord
signin-submit = Logga in
signin-forgot = Har du glömt ditt lösenord?
signin-with-link = Med en länk via e-post
signin-link-hint = Vi skickar en länk till din e-postadress. Den kan användas en gång och fungerar i 30 minuter.
signin-link-submit = Skicka en länk till mig
label-email = E-postadress
label-password = Lösenord
label-new-password = Nytt lösenord
hint-password = Minst 10 tecken.
label-name = Namn
link-sent-title = Titta i din e-post
link-sent-body = Om adressen hör till ett konto har vi skickat en länk dit. Länken kan användas en gång och fungerar i 30 minuter.
link-invalid-title = Länken kan inte användas
link-invalid-body = Länken har redan använts, har gått ut eller är felaktig. Be om en ny.
link-signin-title = Logga in i Spira
link-signin-body = Tryck på knappen för att logga in. Därefter slutar länken att fungera.
link-signin-button = Logga in
forgot-title = Glömt lösenord
forgot-lead = Skriv din e-postadress så skickar vi en länk där du kan välja ett nytt lösenord.
forgot-submit = Skicka länk
reset-title = Välj ett nytt lösenord
reset-lead = Du blir utloggad på alla andra ställen.
reset-submit = Spara lösenordet och logga in
invitation-title = Inbjudan till { $network }
invitation-lead-new = Skriv ditt namn och välj ett lösenord för att skapa ditt konto.
invitation-lead-existing = Du har redan ett konto med den här e-postadressen. Tacka ja för att gå med i nätverket.
invitation-accept = Tacka ja till inbjudan

## Konto
account-title = Ditt konto
label-language = Språk
label-workplace = Arbetsplats
tokens-title = Personliga API-token
tokens-lead = Med en API-token kan ett program använda Spiras API för din räkning. Håll den hemlig.
tokens-new = Din nya API-token. Kopiera den nu – den visas inte igen.
tokens-create = Skapa API-token
tokens-delete = Ta bort
label-token-name = Namn på API-token
label-created = Skapad

## Nätverk
network-create = Starta ett nätverk
network-edit = Redigera nätverkets ramar
network-edit-title = Redigera nätverkets ramar: { $network }
network-people = Personer och roller
network-admin-nav = Verktyg för processledare
status-forming = Under uppbyggnad
status-running = Aktivt
status-closed = Stängt
country-DK = Danmark
country-SE = Sverige
country-NO = Norge
country-FI = Finland
language-da = Danska
language-sv = Svenska
language-en = Engelska
role-facilitator = Processledare
role-convener = Sammankallande
role-member = Medlem
role-observer = Observatör
role-plural-facilitator = Processledare
role-plural-convener = Sammankallande
role-plural-member = Medlemmar
role-plural-observer = Observatörer
charter-basics = Grunduppgifter
charter-text = Nätverkets ramar
charter-purpose = Syfte
charter-content = Innehåll
charter-criteria = Kriterier för medlemskap
charter-roles = Roller
charter-practical = Praktisk information
charter-cadence-label = Träffar
charter-cadence = { $count } nätverksträffar per år
charter-cadence-hours = { $count } nätverksträffar per år, { $hours } timmar per gång
charter-venue = Var
charter-confidential-label = Förtroligt rum
charter-confidential-yes = Ja: det som medlemmarna delar stannar bland de medlemmar som har godkänt sekretessavtalet.
charter-confidential-no = Nej
charter-language = Språk
charter-country = Land
charter-status = Status
charter-contact = Kontakt
label-network-name = Nätverkets namn
label-slug = Webbadress
hint-slug = Delen efter /networks/. Lämna fältet tomt om du vill att den skapas utifrån namnet.
hint-criteria = Ett kriterium per rad.
label-meetings-per-year = Nätverksträffar per år
label-meeting-hours = Vanlig längd på en träff (timmar)
hint-meeting-hours = Till exempel 3 eller 5,5.
hint-venue = Till exempel: på medlemmarnas arbetsplatser i tur och ordning.
label-confidential = Nätverket är ett förtroligt rum
hint-confidential = Bara medlemmar som har godkänt sekretessavtalet ser det som delas.
label-contact-name = Kontaktperson
label-contact-email = Kontaktpersonens e-post
join-title = Gå med i nätverket
join-already-member = Du är med i det här nätverket.
join-go-home = Gå till nätverkets sida
join-closed = Nätverket är stängt och tar inte emot nya medlemmar.
join-how = Snart kan du skicka en ansökan via Spira. Till dess kan du skriva till kontaktpersonen.
join-write = Skriv till kontaktpersonen
home-your-role = Din roll: { $role }
home-people = Personer
home-facilitators = Processledare
home-public-page = Se den offentliga sidan
label-role = Roll
role-change = Byt roll
person-remove = Ta bort
invite-title = Bjud in en person
invite-lead = Vi skickar en inbjudan via e-post. Länken fungerar i 14 dagar.
invite-submit = Skicka inbjudan

## Organisationer
org-list-title = Organisationer
org-create = Lägg till en organisation
org-edit-title = Redigera { $name }
org-none = Det finns inga organisationer än.
label-org-name = Namn
label-kind = Typ
label-country = Land
label-parent = Del av
hint-parent = För en enhet inom en region eller kommun: den organisation som enheten hör till.
label-registration-number = CVR- eller organisationsnummer
hint-registration-number = Danskt CVR-nummer (8 siffror) eller svenskt organisationsnummer (NNNNNN-NNNN).
label-gln = GLN-nummer (EAN)
hint-gln = Det 13-siffriga lokaliseringsnummer som e-fakturor skickas till.
kind-municipality = Kommun
kind-region = Region
kind-state_agency = Statlig myndighet
kind-other = Annat

## Utkorg
outbox-title = Utkorg för e-post
outbox-smtp-on = E-post skickas via den konfigurerade SMTP-servern.
outbox-smtp-off = Ingen SMTP-server är konfigurerad: e-posten väntar här och skrivs till loggen.
outbox-unsent = { $count ->
    [one] Ett e-postmeddelande väntar på att skickas.
   *[other] { $count } e-postmeddelanden väntar på att skickas.
}
outbox-retry = Försök skicka alla väntande e-postmeddelanden nu
outbox-empty = Utkorgen är tom.
outbox-created = Skapad
outbox-to = Till
outbox-subject = Ämne
outbox-state = Status
outbox-attempts = Försök
outbox-sent = Skickat
outbox-failed = Misslyckades – nytt försök görs
outbox-waiting = Väntar

## E-post
mail-footer = Spira — innovationsnätverk för den offentliga sektorn i Norden
mail-signin-link-subject = Din inloggningslänk till Spira
mail-signin-link-body = Hej { $name }!

    Använd den här länken för att logga in i Spira. Den kan användas en gång och fungerar i 30 minuter:

    { $link }

    Om du inte har bett om länken kan du bortse från det här meddelandet.
mail-reset-subject = Välj ett nytt lösenord för Spira
mail-reset-body = Hej { $name }!

    Använd den här länken för att välja ett nytt lösenord. Den kan användas en gång och fungerar i 30 minuter:

    { $link }

    Om du inte har bett om länken kan du bortse från det här meddelandet. Ditt lösenord förblir då oförändrat.
mail-invitation-subject = Inbjudan till { $network }
mail-invitation-body = Hej!

    { $inviter } bjuder in dig till { $network } i Spira som { $role }.

    Tacka ja till inbjudan här (länken fungerar i 14 dagar):

    { $link }

## Fältnamn, som felsammanfattningen nämner dem
field-name = Namn
field-slug = Webbadress
field-purpose = Syfte
field-content = Innehåll
field-admission_criteria = Antagningskriterier
field-roles_description = Roller
field-meetings_per_year = Träffar per år
field-meeting_hours = Träffarnas längd
field-venue = Var
field-contact_name = Kontaktperson
field-contact_email = Kontaktpersonens e-post
field-language = Språk
field-lang = Språk
field-country = Land
field-status = Status
field-email = E-postadress
field-password = Lösenord
field-kind = Typ
field-registration_number = CVR- eller organisationsnummer
field-gln = GLN-nummer (EAN)
field-parent_id = Del av
field-organisation_id = Arbetsplats
field-token_name = Tokenets namn
field-role = Roll

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
home-accept-agreement = Nätverket är ett förtroligt rum. Godkänn sekretessavtalet för att se medlemmarna och det de delar.
network-member-nav = I nätverket
label-presentation = Om dig
hint-presentation = Några rader till medlemslistorna i dina nätverk: ditt arbete och vad du gärna vill sparra om.
label-competences = Kompetenser
hint-competences = Åtskilda med kommatecken, till exempel: tjänstedesign, business case, upphandling.
error-agreement_not_accepted = Godkänn först nätverkets sekretessavtal.
error-agreement_changed = Avtalet har ändrats sedan du öppnade det. Läs den nya versionen och godkänn den.
error-editorial_needs_earlier_version = Den första versionen kan inte vara en redaktionell ändring.
error-invalid_competence = Varje kompetens får vara högst 80 tecken.
error-too_many_competences = Du kan ange högst 30 kompetenser.
field-text = Avtalet
field-editorial = Redaktionell ändring
field-presentation = Om dig
field-competences = Kompetenser
