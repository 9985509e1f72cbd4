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
error-invalid_choice = Välj ett av alternativen.
error-not_a_number = Skriv ett tal.
error-out_of_range = Talet ligger utanför det tillåtna intervallet.
error-email_taken = Det finns redan ett konto med den här e-postadressen.
error-already_exists = Det här finns redan.
error-missing_reference = Något som det här hänvisar till finns inte.
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

## E-post
mail-footer = Spira — innovationsnätverk för den offentliga sektorn i Norden

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
