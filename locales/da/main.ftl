# Spira — dansk katalog. Dansk (da) og svensk (sv) skal have præcis de samme beskeder som engelsk (en).

## Layout
skip-to-content = Gå til indholdet
nav-main = Hovedmenu
nav-language = Sprog
nav-networks = Netværk
nav-organisations = Organisationer
nav-account = Din konto
nav-outbox = Udbakke
nav-sign-in = Log ind
nav-sign-out = Log ud
footer-about = Spira — innovationsnetværk for den offentlige sektor i Norden.
footer-accessibility = Tilgængelighedserklæring
save = Gem
option-none = Ingen
form-error-summary = Der er et problem
label-actions = Handlinger

## Beskeder efter en handling
notice-saved = Dine ændringer er gemt.
notice-created = Oprettet.
notice-signed_out = Du er logget ud.
notice-link_sent = Tjek din e-mail. Vi har sendt dig et link.
notice-password_changed = Din adgangskode er ændret, og du er logget ind.
notice-invited = Invitationen er sendt pr. e-mail.
notice-token_created = Din nye API-nøgle vises herunder.
notice-retried = Vi prøver nu at sende alle ventende e-mails igen.
notice-role_changed = Rollen er ændret.

## Forside
home-title = Innovationsnetværk
home-lead = Netværk, hvor innovatører fra kommuner, regioner og statslige myndigheder deler viden, sparrer med hinanden og spreder det, der virker.
home-my-networks = Dine netværk
home-all-networks = Alle netværk
home-no-networks = Der er ingen netværk endnu.

## Tilgængelighedserklæring
a11y-title = Tilgængelighedserklæring
a11y-body = Spira har som mål at leve op til Web Content Accessibility Guidelines (WCAG) 2.1 på niveau AA, sådan som webtilgængelighedsloven kræver af offentlige myndigheders hjemmesider. Alle sider kan bruges med tastatur og uden JavaScript, og de bliver testet med automatiske tilgængelighedstjek.
a11y-feedback = Hvis noget ikke virker for dig, så skriv til tovholderen for dit netværk, som giver det videre til os.

## Fejl
error-page-not-found = Siden findes ikke
error-page-forbidden = Du har ikke adgang
error-page-internal = Der gik noget galt
error-page-bad-request = Forespørgslen kunne ikke bruges
error-back-home = Gå til forsiden
error-required = Udfyld dette felt.
error-too_long = Teksten er for lang.
error-invalid_characters = Teksten indeholder tegn, der ikke er tilladt.
error-invalid_email = Skriv en e-mailadresse som fx navn@eksempel.dk.
error-password_too_short = Adgangskoden skal være på mindst 10 tegn.
error-invalid_choice = Vælg en af mulighederne.
error-invalid_cvr = Skriv et gyldigt CVR-nummer på 8 cifre.
error-invalid_se_org_number = Skriv et gyldigt svensk organisationsnummer, fx 212000-0142.
error-invalid_gln = Skriv et gyldigt EAN-nummer (GLN) på 13 cifre.
error-not_a_number = Skriv et tal.
error-out_of_range = Tallet er uden for det tilladte interval.
error-too_many_criteria = Der må højst være 20 kriterier.
error-invalid_slug = Webadressen må kun indeholde små bogstaver a–z, tal og bindestreger (3–60 tegn).
error-slug_taken = Et andet netværk bruger allerede denne webadresse.
error-email_taken = Der findes allerede en konto med denne e-mailadresse.
error-already_exists = Det findes allerede.
error-missing_reference = Noget, som dette henviser til, findes ikke.
error-already_in_network = Personen har allerede en rolle i netværket.
error-parent_cycle = En organisation kan ikke placeres under sig selv eller under en af sine egne enheder.
error-region_of_other_country = Vælg en region i organisationens eget land.
error-last_facilitator = Netværket skal have mindst én tovholder.
error-wrong_credentials = E-mailadressen eller adgangskoden er forkert.
error-too_many_attempts = For mange mislykkede forsøg. Vent 15 minutter, eller log ind med et link pr. e-mail.
error-too_many_links = Der er sendt for mange links til denne adresse. Prøv igen om en time.
error-not_found = Vi kunne ikke finde det, du ledte efter.
error-forbidden = Du er logget ind, men du har ikke adgang til dette.
error-sign_in_required = Log ind for at fortsætte.
error-invalid_token = API-nøglen mangler, har et forkert format eller er ukendt.
error-csrf_failed = Formularen var udløbet. Gå tilbage, genindlæs siden, og prøv igen.
error-cross_site = Forespørgslen kom fra et andet websted og blev afvist.
error-too_large = Det, du sendte, er for stort.
error-unsupported_media_type = Indholdstypen understøttes ikke.
error-bad_request = Forespørgslen kunne ikke bruges.
error-method_not_allowed = Denne adresse accepterer ikke den metode.
error-timeout = Forespørgslen tog for lang tid.
error-malformed_input = Det, du sendte, kunne ikke læses. Tjek formatet, og prøv igen.
error-too_many_requests = For mange forespørgsler. Prøv igen senere.
error-internal = Der gik noget galt hos os. Prøv igen om lidt.
error-invalid_input = Nogle felter skal rettes.

## Log ind
signin-title = Log ind
signin-with-password = Med din adgangskode
signin-submit = Log ind
signin-forgot = Har du glemt din adgangskode?
signin-with-link = Med et link pr. e-mail
signin-link-hint = Vi sender et link til din e-mailadresse. Det kan bruges én gang og virker i 30 minutter.
signin-link-submit = Send mig et link
label-email = E-mailadresse
label-password = Adgangskode
label-new-password = Ny adgangskode
hint-password = Mindst 10 tegn.
label-name = Navn
link-sent-title = Tjek din e-mail
link-sent-body = Hvis adressen hører til en konto, har vi sendt et link til den. Linket kan bruges én gang og virker i 30 minutter.
link-invalid-title = Linket kan ikke bruges
link-invalid-body = Linket er allerede brugt, er udløbet eller er forkert. Bed om et nyt.
link-signin-title = Log ind på Spira
link-signin-body = Tryk på knappen for at logge ind. Derefter holder linket op med at virke.
link-signin-button = Log ind
forgot-title = Glemt adgangskode
forgot-lead = Skriv din e-mailadresse, så sender vi dig et link, hvor du kan vælge en ny adgangskode.
forgot-submit = Send link
reset-title = Vælg en ny adgangskode
reset-lead = Du bliver logget ud alle andre steder.
reset-submit = Gem adgangskoden og log ind
invitation-title = Invitation til { $network }
invitation-lead-new = Skriv dit navn, og vælg en adgangskode for at oprette din konto.
invitation-lead-existing = Du har allerede en konto med denne e-mailadresse. Accepter invitationen for at blive en del af netværket.
invitation-accept = Accepter invitationen

## Konto
account-title = Din konto
label-language = Sprog
label-workplace = Arbejdsplads
tokens-title = Personlige API-nøgler
tokens-lead = Med en API-nøgle kan et program bruge Spiras API på dine vegne. Hold den hemmelig.
tokens-new = Din nye API-nøgle. Kopiér den nu: Den bliver ikke vist igen.
tokens-create = Opret API-nøgle
tokens-delete = Slet
label-token-name = Navn på API-nøglen
label-created = Oprettet

## Netværk
network-create = Start et netværk
network-edit = Rediger kommissorium
network-edit-title = Rediger kommissorium: { $network }
network-people = Personer og roller
network-admin-nav = Værktøjer til tovholdere
status-forming = Under etablering
status-running = Aktivt
status-closed = Lukket
country-DK = Danmark
country-SE = Sverige
country-NO = Norge
country-FI = Finland
language-da = Dansk
language-sv = Svensk
language-en = Engelsk
role-facilitator = Tovholder
role-convener = Indkalder
role-member = Medlem
role-observer = Observatør
role-plural-facilitator = Tovholdere
role-plural-convener = Indkaldere
role-plural-member = Medlemmer
role-plural-observer = Observatører
charter-basics = Grundoplysninger
charter-text = Kommissoriet
charter-purpose = Formål
charter-content = Indhold
charter-criteria = Kriterier for optagelse
charter-roles = Roller
charter-practical = Praktiske oplysninger
charter-cadence-label = Møder
charter-cadence = { $count } netværksmøder om året
charter-cadence-hours = { $count } netværksmøder om året, hver på { $hours } timer
charter-venue = Hvor
charter-confidential-label = Fortroligt rum
charter-confidential-yes = Ja: Det, medlemmerne deler, bliver blandt de medlemmer, der har accepteret fortrolighedsaftalen.
charter-confidential-no = Nej
charter-language = Sprog
charter-country = Land
charter-status = Status
charter-contact = Kontakt
label-network-name = Netværkets navn
label-slug = Webadresse
hint-slug = Den del, der står efter /networks/. Lad feltet stå tomt, hvis den skal dannes ud fra navnet.
hint-criteria = Ét kriterium pr. linje.
label-meetings-per-year = Netværksmøder om året
label-meeting-hours = Normal længde på et møde (timer)
hint-meeting-hours = Fx 3 eller 5,5.
hint-venue = Fx: på skift på medlemmernes arbejdspladser.
label-confidential = Netværket er et fortroligt rum
hint-confidential = Kun medlemmer, der har accepteret fortrolighedsaftalen, kan se det, der bliver delt.
label-contact-name = Kontaktperson
label-contact-email = Kontaktpersonens e-mail
join-title = Bliv en del af netværket
join-already-member = Du er med i dette netværk.
join-go-home = Gå til netværkets side
join-closed = Netværket er lukket og optager ikke nye medlemmer.
join-how = Snart kan du sende en ansøgning via Spira. Indtil da kan du skrive til kontaktpersonen.
join-write = Skriv til kontaktpersonen
home-your-role = Din rolle: { $role }
home-people = Personer
home-facilitators = Tovholdere
home-public-page = Se den offentlige side
label-role = Rolle
role-change = Skift rolle
person-remove = Fjern
invite-title = Inviter en person
invite-lead = Vi sender en invitation pr. e-mail. Linket virker i 14 dage.
invite-submit = Send invitation

## Organisationer
org-list-title = Organisationer
org-create = Tilføj en organisation
org-edit-title = Rediger { $name }
org-none = Der er ingen organisationer endnu.
label-org-name = Navn
label-kind = Type
label-country = Land
label-parent = Del af
hint-parent = For en enhed i en region eller kommune: den organisation, enheden hører til.
label-region = Region
hint-region = En enhed kan lade feltet stå tomt, så arves regionen fra den overordnede organisation.
option-region-inherited = – arves fra den overordnede organisation / ingen –
org-region-inherited = { $region } (fra { $parent })
org-part-of-top = { $parent } i { $top }
label-registration-number = CVR- eller organisationsnummer
hint-registration-number = Dansk CVR-nummer (8 cifre) eller svensk organisationsnummer (NNNNNN-NNNN).
label-gln = EAN-nummer (GLN)
hint-gln = Det 13-cifrede lokationsnummer, som e-fakturaer sendes til.
kind-municipality = Kommune
kind-region = Region
kind-state_agency = Statslig myndighed
kind-other = Andet

## Udbakke
outbox-title = Udbakke for e-mails
outbox-smtp-on = E-mails sendes via den konfigurerede SMTP-server.
outbox-smtp-off = Der er ikke konfigureret nogen SMTP-server: E-mails venter her og skrives i loggen.
outbox-unsent = { $count ->
    [one] Én e-mail venter på at blive sendt.
   *[other] { $count } e-mails venter på at blive sendt.
}
outbox-retry = Prøv at sende alle ventende e-mails nu
outbox-empty = Udbakken er tom.
outbox-created = Oprettet
outbox-to = Til
outbox-subject = Emne
outbox-state = Status
outbox-attempts = Forsøg
outbox-sent = Sendt
outbox-failed = Mislykkedes – prøves igen
outbox-waiting = Venter

## E-mails
mail-footer = Spira — innovationsnetværk for den offentlige sektor i Norden
mail-signin-link-subject = Dit link til at logge ind på Spira
mail-signin-link-body = Hej { $name }

    Brug dette link til at logge ind på Spira. Det kan bruges én gang og virker i 30 minutter:

    { $link }

    Hvis du ikke har bedt om linket, kan du se bort fra denne e-mail.
mail-reset-subject = Vælg en ny adgangskode til Spira
mail-reset-body = Hej { $name }

    Brug dette link til at vælge en ny adgangskode. Det kan bruges én gang og virker i 30 minutter:

    { $link }

    Hvis du ikke har bedt om linket, kan du se bort fra denne e-mail. Din adgangskode forbliver så den samme.
mail-invitation-subject = Invitation til { $network }
mail-invitation-body = Hej

    { $inviter } inviterer dig til { $network } på Spira som { $role }.

    Accepter invitationen her (linket virker i 14 dage):

    { $link }

## Feltnavne, som fejlopsummeringen nævner dem
field-name = Navn
field-slug = Webadresse
field-purpose = Formål
field-content = Indhold
field-admission_criteria = Optagelseskriterier
field-roles_description = Roller
field-meetings_per_year = Møder om året
field-meeting_hours = Mødernes længde
field-venue = Hvor
field-contact_name = Kontaktperson
field-contact_email = Kontaktens e-mail
field-language = Sprog
field-lang = Sprog
field-country = Land
field-status = Status
field-email = E-mailadresse
field-password = Adgangskode
field-kind = Type
field-registration_number = CVR- eller organisationsnummer
field-gln = EAN-nummer (GLN)
field-parent_id = Del af
field-organisation_id = Arbejdsplads
field-token_name = Nøglens navn
field-role = Rolle

## Fortrolighedsaftale, medlemsliste og profiler
notice-agreement_accepted = Tak. Du har accepteret fortrolighedsaftalen.
notice-accept_first = Læs og acceptér fortrolighedsaftalen for at se netværkets fortrolige indhold.
agreement-title = Fortrolighedsaftale
agreement-version = Version
agreement-editorial-mark = redaktionel ændring: tidligere accepter gælder stadig
agreement-access-title = Aktindsigt
agreement-access-law = Aftalen binder medlemmerne, men offentlige myndigheder er fortsat omfattet af reglerne om aktindsigt i offentlighedsloven. Det, der deles i netværket, kan derfor skulle udleveres efter anmodning, medmindre en undtagelse gælder. For svenske medlemmer gælder offentlighetsprincipen.
agreement-accepted-on = Du accepterede version { $version } den { $date }.
agreement-accept-lead = Når du accepterer, forpligter du dig til at holde det, medlemmerne deler i netværket, fortroligt.
agreement-accept = Jeg accepterer aftalen
agreement-none = Tovholderen har endnu ikke skrevet fortrolighedsaftalen.
agreement-edit = Skriv en ny version
agreement-text = Aftalen
hint-agreement-text = Tomme linjer adskiller afsnit; linjer, der begynder med "- ", bliver til en liste.
label-editorial = Kun redaktionel ændring
hint-editorial = Til rettelser, der ikke ændrer det, medlemmerne forpligter sig til. Tidligere accepter gælder stadig; ellers skal alle acceptere den nye version.
agreement-publish = Offentliggør version
agreement-history = Versioner
agreement-read-and-accept = Læs og acceptér aftalen
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
home-accept-agreement = Netværket er et fortroligt rum. Acceptér fortrolighedsaftalen for at se medlemmerne og det, de deler.
network-member-nav = I netværket
label-presentation = Om dig
hint-presentation = Et par linjer til medlemslisterne i dine netværk: dit arbejde, og hvad du gerne vil sparre om.
label-competences = Kompetencer
hint-competences = Adskilt med komma, fx: servicedesign, business case, udbud.
error-agreement_not_accepted = Acceptér først netværkets fortrolighedsaftale.
error-agreement_changed = Aftalen er blevet ændret, siden du åbnede den. Læs den nye version, og acceptér den.
error-editorial_needs_earlier_version = Den første version kan ikke være en redaktionel ændring.
error-invalid_competence = Hver kompetence må højst være på 80 tegn.
error-too_many_competences = Du kan højst angive 30 kompetencer.
field-text = Aftalen
field-editorial = Redaktionel ændring
field-presentation = Om dig
field-competences = Kompetencer

## Optagelse: regler, ansøgninger, lederens godkendelse, afgørelser
month-1 = Januar
month-2 = Februar
month-3 = Marts
month-4 = April
month-5 = Maj
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = December
notice-applied = Din ansøgning er sendt.
notice-email_confirmed = Din e-mailadresse er bekræftet, og din ansøgning er sendt videre.
notice-withdrawn = Din ansøgning er trukket tilbage.
notice-manager_resent = Et nyt link er sendt til lederen. Det gamle link virker ikke længere.
notice-member_added = Medlemmen er tilføjet og har fået besked pr. e-mail.
admission-title = Optagelse
label-admission-open = Netværket modtager ansøgninger
hint-admission-open = Når dette er slået fra, står der på den offentlige side, at der er lukket for optagelse.
hint-admission-criteria = Ét kriterium pr. linje; ansøgeren sætter flueben ved hvert. Afslut en linje med * for at bede om en kort begrundelse.
label-org-kinds = Typer af organisationer, der kan optages
label-countries = Lande, der kan optages
hint-any-if-none = Sæt ikke flueben for at tillade alle.
label-intake-months = Måneder, hvor der modtages ansøgninger
hint-intake-months = Fx kun januar. Sæt ikke flueben for at modtage ansøgninger hele året.
label-manager-endorsement = Nærmeste leder skal godkende ansøgningen
label-manager-link-days = Dage, lederens link er gyldigt
label-capacity = Pladser i netværket
hint-no-limit = Lad feltet stå tomt for ingen grænse.
label-waiting-list = Før venteliste, når netværket er fuldt
label-max-seats-per-org = Pladser pr. arbejdsplads
hint-max-seats-per-org = Tælles på den arbejdsplads, ansøgeren angiver; en enhed tæller for sig. Lad feltet stå tomt for ingen grænse.
label-binding-terms = Bindende vilkår
hint-binding-terms = Fx: pladsen er personlig, medlemskabet er bindende for kalenderåret, ingen refusion ved fravær.
apply-title = Ansøg om optagelse
apply-about-you = Om dig
apply-have-account = Har du allerede en konto?
hint-apply-email = Vi sender et link, så du kan bekræfte adressen, før ansøgningen går videre.
hint-apply-workplace = Din egen arbejdsplads eller enhed. Mangler den? Skriv til kontaktpersonen.
option-choose = Vælg …
apply-manager = Nærmeste leder
apply-manager-hint = Din nærmeste leder får en e-mail og godkender din deltagelse med et enkelt klik.
label-manager-name = Lederens navn
label-manager-email = Lederens e-mailadresse
apply-criteria-hint = Sæt flueben ved hvert kriterium, du opfylder.
label-justification = Kort begrundelse
label-accept-terms = Jeg har læst de bindende vilkår og fortrolighedsaftalen og accepterer dem
apply-submit = Send ansøgning
apply-check-email-title = Tjek din e-mail
apply-check-email-body = Vi har sendt en e-mail til den adresse, du har angivet. Følg linket i den for at gå videre.
apply-confirm-title = Bekræft din e-mailadresse
apply-confirm-body = Tryk på knappen for at bekræfte din adresse og sende din ansøgning til { $network } videre.
apply-confirm-button = Bekræft og fortsæt
apply-attested = Kriterier, ansøgeren bekræfter
application-title = Ansøgning
application-history = Forløb
application-withdraw = Træk ansøgningen tilbage
application-resend-title = Send anmodningen til lederen igen
hint-resend = Ret adressen, hvis det er nødvendigt. Det gamle link holder op med at virke.
application-resend = Send igen
label-manager-comment = Lederens kommentar
hint-manager-comment = Valgfrit. Ansøgeren og tovholderen kan se den.
label-decision-note = Besked til ansøgeren
hint-decision-note = Valgfrit. Ansøgeren kan se den.
application-state-awaiting_email = Afventer bekræftelse af e-mail
application-state-awaiting_manager = Afventer lederen
application-state-awaiting_decision = Afventer afgørelse
application-state-admitted = Optaget
application-state-waitlisted = På venteliste
application-state-rejected = Afvist
application-state-manager_declined = Ikke godkendt af lederen
application-state-manager_expired = Lederen svarede ikke i tide
application-state-withdrawn = Trukket tilbage
endorse-title = Godkend deltagelse
endorse-lead = En af dine medarbejdere har søgt om at blive medlem af et innovationsnetværk og har angivet dig som nærmeste leder.
endorse-applicant = Ansøger
endorse-network = Netværk
endorse-expires = Linket er gyldigt til
endorse-yes = Jeg godkender deltagelsen
endorse-no = Jeg godkender ikke
endorse-done-title = Tak for dit svar
endorse-done-endorsed = Du har godkendt { $name }s deltagelse. Tovholderen træffer nu afgørelse om ansøgningen.
endorse-done-declined = Du har ikke godkendt { $name }s deltagelse. Ansøgningen stopper her.
applications-title = Ansøgninger
applications-none = Der er endnu ingen ansøgninger.
applications-seats = { $taken } pladser besat
applications-seats-of = { $taken } af { $capacity } pladser besat
applications-select = Vælg
applications-received = Modtaget
applications-state = Status
applications-decision = Afgørelse for de valgte ansøgninger
decision-admit = Optag
decision-waitlist = Sæt på venteliste
decision-reject = Afvis
applications-decide = Gem afgørelse
join-apply = Ansøg om optagelse
join-admission-closed = Netværket modtager ikke ansøgninger lige nu.
join-intake-months = Der modtages ansøgninger i: { $months }.
network-admission = Optagelse
network-applications = Ansøgninger
add-member-title = Tilføj et medlem direkte
add-member-lead = Til stiftende medlemmer eller en medlemsliste flyttet fra et regneark: ingen ansøgning og ingen ledergodkendelse. Personen får besked pr. e-mail.
add-member-submit = Tilføj medlem
error-admission_closed = Netværket modtager ikke ansøgninger lige nu.
error-organisation_not_eligible = Netværket optager ikke medlemmer fra denne type organisation eller dette land.
error-already_applied = Du har allerede en ansøgning under behandling i dette netværk.
error-already_member = Personen er allerede medlem af netværket.
error-manager_is_applicant = Lederens adresse skal være en anden end ansøgerens.
error-criterion_not_attested = Sæt flueben ved dette kriterium for at ansøge.
error-justification_required = Skriv en kort begrundelse.
error-terms_not_accepted = Acceptér de bindende vilkår og fortrolighedsaftalen for at ansøge.
error-network_full = Alle pladser i netværket er besat.
error-organisation_full = Arbejdspladsen har allerede det største antal pladser, den kan få.
error-already_decided = Der er allerede truffet afgørelse om ansøgningen, måske af en anden tovholder.
error-application_closed = Ansøgningen er afsluttet og kan ikke længere ændres.
error-nothing_selected = Vælg mindst én ansøgning.
field-manager_name = Lederens navn
field-manager_email = Lederens e-mailadresse
field-accept_terms = Bindende vilkår
field-criteria = Optagelseskriterier
field-capacity = Pladser i netværket
field-max_seats_per_org = Pladser pr. arbejdsplads
field-intake_months = Måneder
field-org_kinds = Typer af organisationer
field-countries = Lande
field-binding_terms = Bindende vilkår
field-manager_link_days = Dage, lederens link er gyldigt
field-note = Besked
field-comment = Kommentar
field-decision = Afgørelse
mail-apply-confirm-subject = Bekræft din ansøgning til { $network }
mail-apply-confirm-body = Hej { $name }

    Tak for din ansøgning til { $network }. Bekræft din e-mailadresse med dette link, så går ansøgningen videre:

    { $link }

    Hvis du ikke har søgt, kan du se bort fra denne e-mail.
mail-apply-existing-subject = Din ansøgning til { $network }
mail-apply-existing-body = Hej

    Der er søgt om optagelse i { $network } med denne e-mailadresse, som allerede har en konto på Spira. Log ind, og ansøg fra din konto:

    { $link }

    Hvis det ikke var dig, kan du se bort fra denne e-mail.
mail-manager-request-subject = { $applicant } beder om din godkendelse: { $network }
mail-manager-request-body = Hej { $manager }

    { $applicant } har søgt om optagelse i { $network } og har angivet dig som nærmeste leder. Læs ansøgningen, og svar her (linket virker én gang i { $days } dage; du skal ikke logge ind):

    { $link }
mail-manager-endorsed-subject = Din leder har godkendt din ansøgning
mail-manager-endorsed-body = Hej { $name }

    Din leder har godkendt din ansøgning til { $network }. Tovholderen træffer nu afgørelse.
mail-manager-declined-subject = Din ansøgning til { $network }
mail-manager-declined-body = Hej { $name }

    Din leder har ikke godkendt din deltagelse i { $network }, så ansøgningen stopper her. Tal med din leder, hvis du vil søge igen senere.
mail-admitted-subject = Velkommen i { $network }
mail-admitted-body = Hej { $name }

    Du er optaget i { $network }. { $note }

    Kom i gang her: acceptér fortrolighedsaftalen, og skriv et par linjer om dig selv til de andre medlemmer.

    { $link }
mail-waitlisted-subject = Du er på venteliste til { $network }
mail-waitlisted-body = Hej { $name }

    Netværket er fuldt lige nu, så du er på venteliste til { $network }. Vi skriver til dig, når der bliver en plads ledig. { $note }
mail-rejected-subject = Din ansøgning til { $network }
mail-rejected-body = Hej { $name }

    Du er desværre ikke blevet optaget i { $network }. { $note }
mail-member-added-subject = Du er medlem af { $network }
mail-member-added-body = Hej { $name }

    Tovholderen har tilføjet dig til { $network } på Spira. Log ind her, acceptér fortrolighedsaftalen, og skriv et par linjer om dig selv:

    { $link }
notice-left_network = Du har forladt netværket.
leave-title = Forlad netværket
leave-lead = Din plads gives fri, og du mister adgangen til netværkets sider. Bindende vilkår for den aktuelle periode gælder stadig.
leave-submit = Forlad netværket
account-applications = Dine ansøgninger
error-too_many_applications = For mange ansøgninger fra denne adresse eller til denne leder. Prøv igen om en time.
watch-label = Giv mig besked pr. e-mail, når netværket modtager ansøgninger
watch-hint = Din e-mailadresse. Du bekræfter den med et link, og hver e-mail har et link til at afmelde.
watch-submit = Giv mig besked
watch-check-email = Vi har sendt dig et link, så du kan bekræfte, at du vil have besked.
watch-confirm-title = Bekræft din e-mailadresse
watch-confirm-body = Tryk på knappen for at få besked pr. e-mail, når netværket modtager ansøgninger.
watch-confirm-button = Bekræft
watch-confirmed-title = Tak
watch-confirmed-body = Vi skriver til dig, når netværket modtager ansøgninger.
unsubscribe-title = Afmeld disse e-mails
unsubscribe-body = Tryk på knappen, så skriver vi ikke til dig om dette netværk igen.
unsubscribe-button = Afmeld
unsubscribed-title = Du er afmeldt
unsubscribed-body = Vi skriver ikke til dig om dette netværk igen.
field-watch_email = E-mailadresse
mail-watch-confirm-subject = Bekræft: giv mig besked, når { $network } åbner
mail-watch-confirm-body = Hej

    Bekræft, at du vil have besked, når { $network } modtager ansøgninger:

    { $link }

    Var det ikke dig? Se bort fra denne e-mail, eller afmeld her: { $unsubscribe }
mail-admission-open-subject = { $network } modtager ansøgninger nu
mail-admission-open-body = Hej

    { $network } modtager ansøgninger nu. Ansøg her:

    { $link }

    Afmeld disse e-mails: { $unsubscribe }
mail-manager-reminder-subject = Påmindelse: { $applicant } venter på dit svar
mail-manager-reminder-body = Hej { $manager }

    { $applicant } venter stadig på din godkendelse til { $network }. Svar senest { $deadline } her (dette link erstatter det tidligere):

    { $link }
mail-manager-expired-subject = Din ansøgning til { $network }
mail-manager-expired-body = Hej { $name }

    Din leder svarede ikke i tide, så din ansøgning til { $network } er afsluttet. Du er velkommen til at søge igen.
csv-seat-term = Periode
csv-renewal = Næste periode
csv-application = Ansøgning
renewal-state-continue = Fortsætter
renewal-state-leave = Stopper ved periodens udløb
seat-title = Din plads
seat-line = Du har en personlig plads for { $term }.
renewal-question = Næste periode
renewal-continue = Jeg fortsætter i næste periode
renewal-leave = Jeg stopper ved udgangen af denne periode
field-renewal = Næste periode
notice-imported = Medlemslisten er importeret, og alle har fået besked pr. e-mail.
import-title = Importér en medlemsliste
import-lead = Indsæt listen fra et regneark. Alle tilføjes, eller ingen, hvis en linje har en fejl.
import-label = Medlemsliste
import-hint = Én person pr. linje: navn, e-mail og eventuelt arbejdsplads, adskilt af semikolon eller tabulator.
import-submit = Importér
import-line = Linje { $line }: { $message }
import-person = { $name }: { $message }
error-duplicate_row = Personen står allerede længere oppe i listen.
error-unknown_organisation = Ingen organisation har det navn. Opret den først, eller lad arbejdspladsen stå tom.
error-nothing_to_import = Listen er tom.
error-too_many_rows = Listen har mere end 500 linjer. Importér den i dele.
error-import_refused = Medlemslisten blev ikke importeret. Intet er ændret.
field-rows = Medlemsliste

## Fees
fees-title = Priser
fees-terms = Perioder
fees-current = Pris pr. plads for
fees-none = Ingen priser: der udstedes ingen fakturaer.
fees-free = Gratis.
fees-flat = { $price } { $currency } pr. plads om året
fees-first-further = { $first } { $currency } for arbejdspladsens første plads og { $further } { $currency } for hver yderligere plads fra samme arbejdsplads, om året
fees-vat = + { $rate } % moms.
fees-vat-exempt = Momsfritaget ({ $reason }).
fees-public = Pris:
fees-kind = Hvordan pladserne prissættes
fees-kind-free = Gratis: ingen fakturaer
fees-kind-flat = Samme pris for alle pladser
fees-kind-first-further = Arbejdspladsens første plads til én pris, yderligere pladser til en anden
label-first-price = Pris for en plads (den første fra en arbejdsplads)
hint-price = Pr. periode uden moms, fx 4.000,00.
label-further-price = Pris for hver yderligere plads fra samme arbejdsplads
hint-further-price = Kun når yderligere pladser har deres egen pris.
label-currency = Valuta
label-vat-rate = Momssats (%)
label-vat-exempt = Priserne er momsfritaget
hint-vat-exempt = Momsbehandlingen mellem offentlige myndigheder varierer; begrundelsen trykkes på fakturaerne.
label-exemption-reason = Begrundelse for momsfritagelsen
error-not_an_amount = Skriv et beløb, fx 4.000,00.
error-bad_term = Den periode kan ikke prissættes her.
field-first = Pris for en plads
field-further = Pris for yderligere pladser
field-currency = Valuta
field-vat_rate = Momssats
field-exemption_reason = Begrundelse for momsfritagelsen
label-buyer-reference = Jeres reference til fakturaen (ordreference eller "att.")
hint-buyer-reference = Offentlige købere skal bruge den på e-fakturaer: spørg jeres økonomifunktion, hvis du er i tvivl. Tovholderen kan tilføje den senere.
csv-buyer-reference = Ordreference
field-buyer_reference = Reference til fakturaen

## Fakturaer (issue 12)
invoices-title = Fakturaer
invoices-edit-prices = Ret priserne
invoices-issuer = Udstedes af
invoices-no-issuer = Der er endnu ikke valgt en udsteder af fakturaer for netværket.
invoices-edit-issuer = Vælg udsteder og betalingsoplysninger
invoices-issuer-lacks = Den udstedende organisation mangler:
invoices-drafts = Endnu ikke faktureret
invoices-no-drafts = Alle pladser i perioden er faktureret.
invoices-drafts-caption = Pladser, der endnu ikke er faktureret, pr. arbejdsplads
invoices-seats = Pladser
invoices-missing = Mangler før fakturering
invoices-supplementary = tillægsfaktura
invoices-ready = Klar
invoices-edit-org = Udfyld oplysningerne om { $name }
invoices-reference-for = Ordreference for { $name }
invoices-issue = { $count ->
    [one] Udsted én faktura
   *[other] Udsted { $count } fakturaer
}
invoices-issued = Udstedt
invoices-none-issued = Der er ikke udstedt fakturaer for perioden.
invoices-issued-caption = Fakturaer og kreditnotaer udstedt i perioden
invoices-csv = Hent periodens fakturaer som CSV (til økonomiafdelingen)
invoices-back = Tilbage til fakturaerne
invoice-title = Faktura { $number }
credit-note-title = Kreditnota { $number }
invoice-kind-invoice = Faktura
invoice-kind-credit_note = Kreditnota
invoice-state-issued = Udstedt, ikke betalt
invoice-state-paid = Betalt
invoice-state-credited = Krediteret
invoice-number = Nummer
invoice-status = Status
invoice-seller = Fra
invoice-buyer = Til
invoice-issue-date = Fakturadato
invoice-due-date = Forfaldsdato
invoice-buyer-reference = Jeres ordreference
invoice-period = Periode
invoice-lines = Fakturerede pladser
invoice-line-description = Beskrivelse
invoice-amount = Beløb
invoice-net = I alt ekskl. moms
invoice-vat-rate = Moms { $rate } %
invoice-vat-exempt = Momsfritaget ({ $reason })
invoice-total = I alt
invoice-payment = Betales til
invoice-payment-id = Betalingsreference
invoice-payment-terms-label = Betalingsbetingelser
invoice-cvr = CVR-nummer
invoice-orgnr = Organisationsnummer
invoice-vat-number = Momsnummer
invoice-electronic-address = Elektronisk adresse
credit-note-credits = Krediterer
invoice-credited-by = Krediteret med
invoice-download-ubl = Hent som e-faktura (Peppol UBL)
invoice-mark-paid = Markér som betalt
invoice-credit = Kreditér hele fakturaen
invoice-credit-hint = Der udstedes en kreditnota på de samme beløb med henvisning til denne faktura. Pladserne kan derefter faktureres igen.
invoice-line = Plads i { $network } { $term }: { $person }
invoice-line-first = Plads i { $network } { $term }: { $person } (arbejdspladsens første plads)
invoice-line-further = Plads i { $network } { $term }: { $person } (yderligere plads fra samme arbejdsplads)
invoice-note = Medlemskab af { $network } for { $term }. Medlemskabet er bindende, og der gives ikke refusion ved fravær.
invoice-note-supplementary = Tillægsfaktura for pladser, der er kommet til i { $network } i løbet af { $term }.
invoice-payment-terms = Netto { $days } dage, forfalder den { $due }.
credit-note-note = Krediterer faktura { $number } af { $date } fuldt ud.
credit-note-payment-terms = Det krediterede beløb tilbagebetales eller modregnes i fakturaen.
payment-kind-dk_account = Dansk bankkonto (registrerings- og kontonummer)
payment-kind-iban = IBAN
payment-kind-fik = FI-kort 71 (indbetalingskort)
payment-kind-bankgiro = Bankgiro
payment-kind-plusgiro = Plusgiro
lacks-postal_address = postadresse
lacks-electronic_address = elektronisk adresse (EAN/GLN, CVR- eller organisationsnummer)
lacks-registration_number = CVR- eller organisationsnummer
lacks-vat_number = momsnummer
lacks-buyer_reference = ordreference
lacks-organisation = en arbejdsplads knyttet til pladsen
lacks-payment_for_country = en betalingsmåde, der passer til udstederens land
lacks-swedish_vat_rate = en momssats på 25, 12 eller 6 % (svensk udsteder)
issuer-title = Udsteder og betalingsoplysninger
issuer-intro = Den udstedende organisations navn, adresse, CVR- eller organisationsnummer, momsnummer og elektroniske adresse hentes fra organisationens egne oplysninger. Her vælger du organisationen, og hvordan køberne betaler.
issuer-organisation = Udstedende organisation
issuer-payment-kind = Sådan betaler køberne
label-reg = Registreringsnummer
label-account = Kontonummer
label-iban = IBAN
label-bic = BIC (valgfrit)
label-creditor = FI-kreditornummer
label-giro = Bankgiro- eller plusgironummer
label-payment-days = Dage til forfald
label-fskatt = Godkendt til F-skat (Godkänd för F-skatt)
hint-fskatt = Kun for svenske udstedere: skrives på fakturaen, som Peppol kræver.
org-invoicing = Oplysninger til fakturering
hint-org-invoicing = Skal udfyldes for at fakturere organisationen eller udstede fakturaer fra den.
label-street = Vejnavn og husnummer
label-postcode = Postnummer
label-city = By
label-vat-number = Momsnummer
hint-vat-number = Dansk: DK og CVR-nummeret. Svensk: SE, organisationsnummeret og 01.
field-street = Vejnavn og husnummer
field-postcode = Postnummer
field-city = By
field-vat_number = Momsnummer
field-payment_kind = Sådan betaler køberne
field-reg = Registreringsnummer
field-account = Kontonummer
field-iban = IBAN
field-bic = BIC
field-creditor = FI-kreditornummer
field-giro = Gironummer
field-payment_days = Dage til forfald
field-issue = Udstedelse
notice-issued = Fakturaerne er udstedt.
notice-nothing_issued = Der blev ikke udstedt nogen fakturaer: ingen arbejdsplads er klar til fakturering.
notice-credited = Kreditnotaen er udstedt.
csv-kind = Type
csv-buyer-id = Købers elektroniske adresse
csv-currency = Valuta
csv-vat = Moms
csv-credits = Krediterer faktura
csv-invoices-file = fakturaer
csv-invoice = Faktura
error-no_price_schedule = Netværket har ingen priser for perioden, så der er intet at fakturere.
error-free_network = Pladserne i netværket er gratis, så der er intet at fakturere.
error-no_issuer = Vælg, hvem der udsteder fakturaerne, før de udstedes.
error-issuer_incomplete = Oplysningerne om den udstedende organisation er ikke komplette; se ovenfor, hvad der mangler.
error-already_credited = Fakturaen er allerede krediteret.
error-already_paid = Fakturaen er allerede markeret som betalt.
error-not_an_invoice = En kreditnota kan ikke krediteres eller betales.
error-invalid_vat_number = Skriv momsnummeret som DK og 8 cifre eller som SE, organisationsnummeret og 01.
error-invalid_account = Tjek nummeret: det har forkert antal cifre eller indeholder bogstaver.
error-invalid_iban = IBAN-nummeret er ikke gyldigt: tjek bogstaver og cifre.
error-invalid_bic = En BIC består af 8 eller 11 bogstaver og cifre.
error-payment_for_country = Betalingsmåden passer ikke til den udstedende organisations land.

## Invoices: codes without a message before, and the issuer's own list (issue 16)
error-bad_id = Henvisningen til organisationen er ugyldig. Gå tilbage til oversigten, og prøv igen.
error-bad_period = Perioden kan ikke bruges. Skriv datoerne som ÅÅÅÅ-MM-DD, og lad fra-datoen ligge før til-datoen.
csv-network = Netværk
issuer-invoices-title = Fakturaer udstedt af { $name }
issuer-invoices-lead = Alle fakturaer og kreditnotaer, som organisationen har udstedt i perioden, på tværs af netværk og i nummerrækkefølge – til bogføringen.
issuer-invoices-from = Fra og med
issuer-invoices-to = Til og med
issuer-invoices-show = Vis
issuer-invoices-none = Organisationen har ikke udstedt fakturaer eller kreditnotaer i perioden.
issuer-invoices-caption = Fakturaer og kreditnotaer fra { $from } til { $to }
issuer-invoices-csv = Hent perioden som regneark (CSV)
issuer-invoices-link = Alle fakturaer fra udstederen, på tværs af netværk
mail-already-applied-subject = Din ansøgning til { $network }
mail-already-applied-body = Hej

    Der er søgt om optagelse i { $network } med denne e-mailadresse, men der er allerede en ansøgning under behandling fra adressen. Du skal ikke søge igen.

    Har du endnu ikke bekræftet din e-mailadresse, så brug linket i den første e-mail, vi sendte dig. Du kan følge ansøgningen her (du bliver bedt om at logge ind):

    { $link }

    Hvis det ikke var dig, kan du se bort fra denne e-mail.
