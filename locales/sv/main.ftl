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
error-region_of_other_country = Välj ett län eller en region i organisationens eget land.
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
label-region = Län
hint-region = En enhet kan lämna fältet tomt, så ärvs länet från den överordnade organisationen.
option-region-inherited = – ärvs från den överordnade organisationen / inget –
org-region-inherited = { $region } (från { $parent })
org-part-of-top = { $parent } i { $top }
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

## Antagning: regler, ansökningar, chefens tillstyrkan, beslut
month-1 = Januari
month-2 = Februari
month-3 = Mars
month-4 = April
month-5 = Maj
month-6 = Juni
month-7 = Juli
month-8 = Augusti
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = December
notice-applied = Din ansökan har skickats.
notice-email_confirmed = Din e-postadress är bekräftad och din ansökan har skickats vidare.
notice-withdrawn = Din ansökan har dragits tillbaka.
notice-manager_resent = En ny länk har skickats till chefen. Den gamla länken fungerar inte längre.
notice-member_added = Medlemmen har lagts till och fått besked via e-post.
admission-title = Antagning
label-admission-open = Nätverket tar emot ansökningar
hint-admission-open = När detta är avstängt står det på den offentliga sidan att antagningen är stängd.
hint-admission-criteria = Ett kriterium per rad; den sökande kryssar i varje. Avsluta en rad med * för att be om en kort motivering.
label-org-kinds = Typer av organisationer som kan antas
label-countries = Länder som kan antas
hint-any-if-none = Kryssa inte i någon för att tillåta alla.
label-intake-months = Månader då ansökningar tas emot
hint-intake-months = Till exempel bara januari. Kryssa inte i någon för att ta emot ansökningar hela året.
label-manager-endorsement = Närmaste chef måste tillstyrka ansökan
label-manager-link-days = Dagar som chefens länk gäller
label-capacity = Platser i nätverket
hint-no-limit = Lämna tomt för ingen gräns.
label-waiting-list = För väntelista när nätverket är fullt
label-max-seats-per-org = Platser per arbetsplats
hint-max-seats-per-org = Räknas på den arbetsplats den sökande anger; en enhet räknas för sig. Lämna tomt för ingen gräns.
label-binding-terms = Bindande villkor
hint-binding-terms = Till exempel: platsen är personlig, medlemskapet är bindande för kalenderåret, ingen återbetalning vid frånvaro.
apply-title = Ansök om medlemskap
apply-about-you = Om dig
apply-have-account = Har du redan ett konto?
hint-apply-email = Vi skickar en länk för att bekräfta adressen innan ansökan går vidare.
hint-apply-workplace = Din egen arbetsplats eller enhet. Saknas den? Skriv till kontaktpersonen.
option-choose = Välj …
apply-manager = Närmaste chef
apply-manager-hint = Din närmaste chef får ett e-postmeddelande och tillstyrker ditt deltagande med ett klick.
label-manager-name = Chefens namn
label-manager-email = Chefens e-postadress
apply-criteria-hint = Kryssa i varje kriterium som du uppfyller.
label-justification = Kort motivering
label-accept-terms = Jag har läst de bindande villkoren och sekretessavtalet och godkänner dem
apply-submit = Skicka ansökan
apply-check-email-title = Kontrollera din e-post
apply-check-email-body = Vi har skickat ett e-postmeddelande till adressen du angav. Följ länken i det för att gå vidare.
apply-confirm-title = Bekräfta din e-postadress
apply-confirm-body = Tryck på knappen för att bekräfta din adress och skicka din ansökan till { $network } vidare.
apply-confirm-button = Bekräfta och fortsätt
apply-attested = Kriterier som den sökande intygar
application-title = Ansökan
application-history = Händelser
application-withdraw = Dra tillbaka ansökan
application-resend-title = Skicka begäran till chefen igen
hint-resend = Rätta adressen vid behov. Den gamla länken slutar fungera.
application-resend = Skicka igen
label-manager-comment = Chefens kommentar
hint-manager-comment = Frivilligt. Den sökande och processledaren ser den.
label-decision-note = Meddelande till den sökande
hint-decision-note = Frivilligt. Den sökande ser det.
application-state-awaiting_email = Väntar på bekräftelse av e-post
application-state-awaiting_manager = Väntar på chefen
application-state-awaiting_decision = Väntar på beslut
application-state-admitted = Antagen
application-state-waitlisted = På väntelista
application-state-rejected = Avslagen
application-state-manager_declined = Inte tillstyrkt av chefen
application-state-manager_expired = Chefen svarade inte i tid
application-state-withdrawn = Tillbakadragen
endorse-title = Tillstyrk deltagande
endorse-lead = En av dina medarbetare har ansökt om att gå med i ett innovationsnätverk och angett dig som närmaste chef.
endorse-applicant = Sökande
endorse-network = Nätverk
endorse-expires = Länken gäller till
endorse-yes = Jag tillstyrker deltagandet
endorse-no = Jag tillstyrker inte
endorse-done-title = Tack för ditt svar
endorse-done-endorsed = Du har tillstyrkt { $name }s deltagande. Processledaren fattar nu beslut om ansökan.
endorse-done-declined = Du har inte tillstyrkt { $name }s deltagande. Ansökan avslutas här.
applications-title = Ansökningar
applications-none = Det finns inga ansökningar ännu.
applications-seats = { $taken } platser tagna
applications-seats-of = { $taken } av { $capacity } platser tagna
applications-select = Välj
applications-received = Mottagen
applications-state = Status
applications-decision = Beslut för de valda ansökningarna
decision-admit = Anta
decision-waitlist = Sätt på väntelista
decision-reject = Avslå
applications-decide = Spara beslut
join-apply = Ansök om medlemskap
join-admission-closed = Nätverket tar inte emot ansökningar just nu.
join-intake-months = Ansökningar tas emot i: { $months }.
network-admission = Antagning
network-applications = Ansökningar
add-member-title = Lägg till en medlem direkt
add-member-lead = För grundande medlemmar eller en medlemslista som flyttas från ett kalkylark: ingen ansökan och ingen tillstyrkan från chef. Personen får besked via e-post.
add-member-submit = Lägg till medlem
error-admission_closed = Nätverket tar inte emot ansökningar just nu.
error-organisation_not_eligible = Nätverket antar inte medlemmar från den här typen av organisation eller det här landet.
error-already_applied = Du har redan en ansökan som behandlas i det här nätverket.
error-already_member = Personen är redan medlem i nätverket.
error-manager_is_applicant = Chefens adress måste vara en annan än den sökandes.
error-criterion_not_attested = Kryssa i detta kriterium för att ansöka.
error-justification_required = Skriv en kort motivering.
error-terms_not_accepted = Godkänn de bindande villkoren och sekretessavtalet för att ansöka.
error-network_full = Alla platser i nätverket är tagna.
error-organisation_full = Arbetsplatsen har redan det högsta antalet platser den kan få.
error-already_decided = Ansökan är redan avgjord, kanske av en annan processledare.
error-application_closed = Ansökan är avslutad och kan inte längre ändras.
error-nothing_selected = Välj minst en ansökan.
field-manager_name = Chefens namn
field-manager_email = Chefens e-postadress
field-accept_terms = Bindande villkor
field-criteria = Antagningskriterier
field-capacity = Platser i nätverket
field-max_seats_per_org = Platser per arbetsplats
field-intake_months = Månader
field-org_kinds = Typer av organisationer
field-countries = Länder
field-binding_terms = Bindande villkor
field-manager_link_days = Dagar som chefens länk gäller
field-note = Meddelande
field-comment = Kommentar
field-decision = Beslut
mail-apply-confirm-subject = Bekräfta din ansökan till { $network }
mail-apply-confirm-body = Hej { $name }!

    Tack för din ansökan till { $network }. Bekräfta din e-postadress med den här länken, så går ansökan vidare:

    { $link }

    Om du inte har ansökt kan du bortse från det här meddelandet.
mail-apply-existing-subject = Din ansökan till { $network }
mail-apply-existing-body = Hej!

    Någon har ansökt till { $network } med den här e-postadressen, som redan har ett konto på Spira. Logga in och ansök från ditt konto:

    { $link }

    Om det inte var du kan du bortse från det här meddelandet.
mail-manager-request-subject = { $applicant } ber om din tillstyrkan: { $network }
mail-manager-request-body = Hej { $manager }!

    { $applicant } har ansökt om att gå med i { $network } och angett dig som närmaste chef. Läs ansökan och svara här (länken fungerar en gång i { $days } dagar; ingen inloggning behövs):

    { $link }
mail-manager-endorsed-subject = Din chef har tillstyrkt din ansökan
mail-manager-endorsed-body = Hej { $name }!

    Din chef har tillstyrkt din ansökan till { $network }. Processledaren fattar nu beslut.
mail-manager-declined-subject = Din ansökan till { $network }
mail-manager-declined-body = Hej { $name }!

    Din chef har inte tillstyrkt ditt deltagande i { $network }, så ansökan avslutas här. Prata med din chef om du vill ansöka igen senare.
mail-admitted-subject = Välkommen till { $network }
mail-admitted-body = Hej { $name }!

    Du är antagen till { $network }. { $note }

    Börja här: godkänn sekretessavtalet och skriv några rader om dig själv till de andra medlemmarna.

    { $link }
mail-waitlisted-subject = Du står på väntelista till { $network }
mail-waitlisted-body = Hej { $name }!

    Nätverket är fullt just nu, så du står på väntelista till { $network }. Vi hör av oss när en plats blir ledig. { $note }
mail-rejected-subject = Din ansökan till { $network }
mail-rejected-body = Hej { $name }!

    Du har tyvärr inte antagits till { $network }. { $note }
mail-member-added-subject = Du är medlem i { $network }
mail-member-added-body = Hej { $name }!

    Processledaren har lagt till dig i { $network } på Spira. Logga in här, godkänn sekretessavtalet och skriv några rader om dig själv:

    { $link }
notice-left_network = Du har lämnat nätverket.
leave-title = Lämna nätverket
leave-lead = Din plats lämnas tillbaka och du förlorar åtkomsten till nätverkets sidor. Bindande villkor för den aktuella perioden gäller fortfarande.
leave-submit = Lämna nätverket
account-applications = Dina ansökningar
error-too_many_applications = För många ansökningar från den här adressen eller till den här chefen. Försök igen om en timme.
watch-label = Meddela mig via e-post när nätverket tar emot ansökningar
watch-hint = Din e-postadress. Du bekräftar den med en länk, och varje meddelande har en länk för att avregistrera dig.
watch-submit = Meddela mig
watch-check-email = Vi har skickat en länk så att du kan bekräfta att du vill få besked.
watch-confirm-title = Bekräfta din e-postadress
watch-confirm-body = Tryck på knappen för att få besked via e-post när nätverket tar emot ansökningar.
watch-confirm-button = Bekräfta
watch-confirmed-title = Tack
watch-confirmed-body = Vi hör av oss när nätverket tar emot ansökningar.
unsubscribe-title = Avregistrera dig
unsubscribe-body = Tryck på knappen så skriver vi inte till dig om det här nätverket igen.
unsubscribe-button = Avregistrera
unsubscribed-title = Du är avregistrerad
unsubscribed-body = Vi skriver inte till dig om det här nätverket igen.
field-watch_email = E-postadress
mail-watch-confirm-subject = Bekräfta: meddela mig när { $network } öppnar
mail-watch-confirm-body = Hej!

    Bekräfta att du vill få besked när { $network } tar emot ansökningar:

    { $link }

    Var det inte du? Bortse från meddelandet eller avregistrera dig här: { $unsubscribe }
mail-admission-open-subject = { $network } tar emot ansökningar nu
mail-admission-open-body = Hej!

    { $network } tar emot ansökningar nu. Ansök här:

    { $link }

    Avregistrera dig: { $unsubscribe }
mail-manager-reminder-subject = Påminnelse: { $applicant } väntar på ditt svar
mail-manager-reminder-body = Hej { $manager }!

    { $applicant } väntar fortfarande på din tillstyrkan till { $network }. Svara senast { $deadline } här (den här länken ersätter den tidigare):

    { $link }
mail-manager-expired-subject = Din ansökan till { $network }
mail-manager-expired-body = Hej { $name }!

    Din chef svarade inte i tid, så din ansökan till { $network } har avslutats. Du är välkommen att ansöka igen.
csv-seat-term = Period
csv-renewal = Nästa period
csv-application = Ansökan
renewal-state-continue = Fortsätter
renewal-state-leave = Slutar när perioden löper ut
seat-title = Din plats
seat-line = Du har en personlig plats för { $term }.
renewal-question = Nästa period
renewal-continue = Jag fortsätter nästa period
renewal-leave = Jag slutar när den här perioden är slut
field-renewal = Nästa period
notice-imported = Medlemslistan har importerats och alla har fått besked via e-post.
import-title = Importera en medlemslista
import-lead = Klistra in listan från ett kalkylark. Alla läggs till, eller ingen om en rad har ett fel.
import-label = Medlemslista
import-hint = En person per rad: namn, e-post och eventuellt arbetsplats, åtskilda med semikolon eller tabb.
import-submit = Importera
import-line = Rad { $line }: { $message }
import-person = { $name }: { $message }
error-duplicate_row = Personen finns redan längre upp i listan.
error-unknown_organisation = Ingen organisation har det namnet. Lägg till den först eller lämna arbetsplatsen tom.
error-nothing_to_import = Listan är tom.
error-too_many_rows = Listan har mer än 500 rader. Importera den i delar.
error-import_refused = Medlemslistan importerades inte. Inget har ändrats.
field-rows = Medlemslista

## Fees
fees-title = Avgifter
fees-terms = Perioder
fees-current = Pris per plats för
fees-none = Inga avgifter: inga fakturor skickas.
fees-free = Kostnadsfritt.
fees-flat = { $price } { $currency } per plats och år
fees-first-further = { $first } { $currency } för arbetsplatsens första plats och { $further } { $currency } för varje ytterligare plats från samma arbetsplats, per år
fees-vat = + { $rate } % moms.
fees-vat-exempt = Momsbefriat ({ $reason }).
fees-public = Pris:
fees-kind = Hur platserna prissätts
fees-kind-free = Kostnadsfritt: inga fakturor
fees-kind-flat = Samma pris för alla platser
fees-kind-first-further = Arbetsplatsens första plats till ett pris, ytterligare platser till ett annat
label-first-price = Pris för en plats (den första från en arbetsplats)
hint-price = Per period utan moms, till exempel 4 000,00.
label-further-price = Pris för varje ytterligare plats från samma arbetsplats
hint-further-price = Bara när ytterligare platser har ett eget pris.
label-currency = Valuta
label-vat-rate = Momssats (%)
label-vat-exempt = Avgifterna är momsbefriade
hint-vat-exempt = Momsbehandlingen mellan offentliga organ varierar; skälet skrivs ut på fakturorna.
label-exemption-reason = Skäl för momsbefrielsen
error-not_an_amount = Skriv ett belopp, till exempel 4 000,00.
error-bad_term = Den perioden kan inte prissättas här.
field-first = Pris för en plats
field-further = Pris för ytterligare platser
field-currency = Valuta
field-vat_rate = Momssats
field-exemption_reason = Skäl för momsbefrielsen
label-buyer-reference = Er referens för fakturan
hint-buyer-reference = Offentliga köpare behöver den på e-fakturor: fråga er ekonomifunktion om du är osäker. Processledaren kan lägga till den senare.
csv-buyer-reference = Er referens
field-buyer_reference = Referens för fakturan

## Fakturor (issue 12)
invoices-title = Fakturor
invoices-edit-prices = Ändra priserna
invoices-issuer = Utfärdas av
invoices-no-issuer = Ingen fakturautfärdare har valts för nätverket ännu.
invoices-edit-issuer = Välj utfärdare och betalningsuppgifter
invoices-issuer-lacks = Den utfärdande organisationen saknar:
invoices-drafts = Ännu inte fakturerat
invoices-no-drafts = Alla platser under perioden är fakturerade.
invoices-drafts-caption = Platser som ännu inte är fakturerade, per arbetsplats
invoices-seats = Platser
invoices-missing = Saknas för fakturering
invoices-supplementary = tilläggsfaktura
invoices-ready = Klar
invoices-edit-org = Fyll i uppgifterna om { $name }
invoices-reference-for = Er referens för { $name }
invoices-issue = { $count ->
    [one] Utfärda en faktura
   *[other] Utfärda { $count } fakturor
}
invoices-issued = Utfärdade
invoices-none-issued = Inga fakturor har utfärdats för perioden.
invoices-issued-caption = Fakturor och kreditfakturor utfärdade under perioden
invoices-csv = Ladda ned periodens fakturor som CSV (för ekonomiavdelningen)
invoices-back = Tillbaka till fakturorna
invoice-title = Faktura { $number }
credit-note-title = Kreditfaktura { $number }
invoice-kind-invoice = Faktura
invoice-kind-credit_note = Kreditfaktura
invoice-state-issued = Utfärdad, obetald
invoice-state-paid = Betald
invoice-state-credited = Krediterad
invoice-number = Nummer
invoice-status = Status
invoice-seller = Från
invoice-buyer = Till
invoice-issue-date = Fakturadatum
invoice-due-date = Förfallodatum
invoice-buyer-reference = Er referens
invoice-period = Period
invoice-lines = Fakturerade platser
invoice-line-description = Beskrivning
invoice-amount = Belopp
invoice-net = Summa exkl. moms
invoice-vat-rate = Moms { $rate } %
invoice-vat-exempt = Momsbefriat ({ $reason })
invoice-total = Totalt
invoice-payment = Betalas till
invoice-payment-id = Betalningsreferens
invoice-payment-terms-label = Betalningsvillkor
invoice-cvr = CVR-nummer
invoice-orgnr = Organisationsnummer
invoice-vat-number = Momsregistreringsnummer
invoice-electronic-address = Elektronisk adress
credit-note-credits = Krediterar
invoice-credited-by = Krediterad med
invoice-download-ubl = Ladda ned som e-faktura (Peppol UBL)
invoice-mark-paid = Markera som betald
invoice-credit = Kreditera hela fakturan
invoice-credit-hint = En kreditfaktura på samma belopp utfärdas med hänvisning till den här fakturan. Platserna kan sedan faktureras igen.
invoice-line = Plats i { $network } { $term }: { $person }
invoice-line-first = Plats i { $network } { $term }: { $person } (arbetsplatsens första plats)
invoice-line-further = Plats i { $network } { $term }: { $person } (ytterligare plats från samma arbetsplats)
invoice-note = Medlemskap i { $network } för { $term }. Medlemskapet är bindande och avgiften återbetalas inte vid frånvaro.
invoice-note-supplementary = Tilläggsfaktura för platser som har tillkommit i { $network } under { $term }.
invoice-payment-terms = { $days } dagar netto, förfaller { $due }.
credit-note-note = Krediterar faktura { $number } daterad { $date } i sin helhet.
credit-note-payment-terms = Det krediterade beloppet betalas tillbaka eller kvittas mot fakturan.
payment-kind-dk_account = Danskt bankkonto (registrerings- och kontonummer)
payment-kind-iban = IBAN
payment-kind-fik = FI-kort 71 (danskt inbetalningskort)
payment-kind-bankgiro = Bankgiro
payment-kind-plusgiro = Plusgiro
lacks-postal_address = postadress
lacks-electronic_address = elektronisk adress (EAN/GLN, CVR- eller organisationsnummer)
lacks-registration_number = CVR- eller organisationsnummer
lacks-vat_number = momsregistreringsnummer
lacks-buyer_reference = Er referens
lacks-organisation = en arbetsplats kopplad till platsen
lacks-payment_for_country = ett betalsätt som passar utfärdarens land
lacks-swedish_vat_rate = en momssats på 25, 12 eller 6 % (svensk utfärdare)
issuer-title = Utfärdare och betalningsuppgifter
issuer-intro = Den utfärdande organisationens namn, adress, CVR- eller organisationsnummer, momsregistreringsnummer och elektroniska adress hämtas från organisationens egna uppgifter. Här väljer du organisationen och hur köparna betalar.
issuer-organisation = Utfärdande organisation
issuer-payment-kind = Så betalar köparna
label-reg = Registreringsnummer
label-account = Kontonummer
label-iban = IBAN
label-bic = BIC (frivilligt)
label-creditor = FI-kreditornummer
label-giro = Bankgiro- eller plusgironummer
label-payment-days = Dagar till förfallodatum
label-fskatt = Godkänd för F-skatt
hint-fskatt = Endast för svenska utfärdare: skrivs ut på fakturan enligt Peppols krav.
org-invoicing = Faktureringsuppgifter
hint-org-invoicing = Behövs för att fakturera organisationen eller utfärda fakturor från den.
label-street = Gatuadress
label-postcode = Postnummer
label-city = Ort
label-vat-number = Momsregistreringsnummer
hint-vat-number = Svenskt: SE, organisationsnumret och 01. Danskt: DK och CVR-numret.
field-street = Gatuadress
field-postcode = Postnummer
field-city = Ort
field-vat_number = Momsregistreringsnummer
field-payment_kind = Så betalar köparna
field-reg = Registreringsnummer
field-account = Kontonummer
field-iban = IBAN
field-bic = BIC
field-creditor = FI-kreditornummer
field-giro = Gironummer
field-payment_days = Dagar till förfallodatum
field-issue = Utfärdande
notice-issued = Fakturorna har utfärdats.
notice-nothing_issued = Inga fakturor utfärdades: ingen arbetsplats är klar för fakturering.
notice-credited = Kreditfakturan har utfärdats.
csv-kind = Typ
csv-buyer-id = Köparens elektroniska adress
csv-currency = Valuta
csv-vat = Moms
csv-credits = Krediterar faktura
csv-invoices-file = fakturor
csv-invoice = Faktura
error-no_price_schedule = Nätverket har inga priser för perioden, så det finns inget att fakturera.
error-free_network = Platserna i nätverket är avgiftsfria, så det finns inget att fakturera.
error-no_issuer = Välj vem som utfärdar fakturorna innan de utfärdas.
error-issuer_incomplete = Uppgifterna om den utfärdande organisationen är ofullständiga; se ovan vad som saknas.
error-already_credited = Fakturan är redan krediterad.
error-already_paid = Fakturan är redan markerad som betald.
error-not_an_invoice = En kreditfaktura kan inte krediteras eller betalas.
error-invalid_vat_number = Skriv momsregistreringsnumret som SE, organisationsnumret och 01, eller som DK och 8 siffror.
error-invalid_account = Kontrollera numret: det har fel antal siffror eller innehåller bokstäver.
error-invalid_iban = IBAN-numret är inte giltigt: kontrollera bokstäver och siffror.
error-invalid_bic = En BIC består av 8 eller 11 bokstäver och siffror.
error-payment_for_country = Betalsättet passar inte den utfärdande organisationens land.

## Invoices: codes without a message before, and the issuer's own list (issue 16)
error-bad_id = Hänvisningen till organisationen är ogiltig. Gå tillbaka till översikten och försök igen.
error-bad_period = Perioden kan inte användas. Skriv datumen som ÅÅÅÅ-MM-DD och låt från-datumet ligga före till-datumet.
csv-network = Nätverk
issuer-invoices-title = Fakturor utfärdade av { $name }
issuer-invoices-lead = Alla fakturor och kreditfakturor som organisationen har utfärdat under perioden, för alla nätverk och i nummerordning – för bokföringen.
issuer-invoices-from = Från och med
issuer-invoices-to = Till och med
issuer-invoices-show = Visa
issuer-invoices-none = Organisationen har inte utfärdat några fakturor eller kreditfakturor under perioden.
issuer-invoices-caption = Fakturor och kreditfakturor från { $from } till { $to }
issuer-invoices-csv = Ladda ner perioden som kalkylblad (CSV)
issuer-invoices-link = Alla fakturor från utfärdaren, för alla nätverk
mail-already-applied-subject = Din ansökan till { $network }
mail-already-applied-body = Hej!

    Någon har ansökt till { $network } med den här e-postadressen, men det finns redan en ansökan från adressen som handläggs. Du behöver inte ansöka igen.

    Om du ännu inte har bekräftat din e-postadress använder du länken i det första meddelandet vi skickade. Du kan följa ansökan här (du ombeds logga in):

    { $link }

    Om det inte var du kan du bortse från det här meddelandet.
