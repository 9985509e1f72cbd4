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
error-invalid_choice = Vælg en af mulighederne.
error-not_a_number = Skriv et tal.
error-out_of_range = Tallet er uden for det tilladte interval.
error-email_taken = Der findes allerede en konto med denne e-mailadresse.
error-already_exists = Det findes allerede.
error-missing_reference = Noget, som dette henviser til, findes ikke.
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

## E-mails
mail-footer = Spira — innovationsnetværk for den offentlige sektor i Norden

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
