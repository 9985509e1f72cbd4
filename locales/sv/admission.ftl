# Spira — Swedish catalogue: admission. Danish (da) and Swedish (sv) must have exactly the same messages as English (en).

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

## Invoices: codes without a message before, and the issuer's own list (issue 16)
mail-already-applied-subject = Din ansökan till { $network }
mail-already-applied-body = Hej!

    Någon har ansökt till { $network } med den här e-postadressen, men det finns redan en ansökan från adressen som handläggs. Du behöver inte ansöka igen.

    Om du ännu inte har bekräftat din e-postadress använder du länken i det första meddelandet vi skickade. Du kan följa ansökan här (du ombeds logga in):

    { $link }

    Om det inte var du kan du bortse från det här meddelandet.
