# Spira — Danish catalogue: accounts. Danish (da) and Swedish (sv) must have exactly the same messages as English (en).

## Fejl
error-password_too_short = Adgangskoden skal være på mindst 10 tegn.
error-wrong_credentials = E-mailadressen eller adgangskoden er forkert.
error-too_many_attempts = For mange mislykkede forsøg. Vent 15 minutter, eller log ind med et link pr. e-mail.
error-too_many_links = Der er sendt for mange links til denne adresse. Prøv igen om en time.

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

## E-mails
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

## Fortrolighedsaftale, medlemsliste og profiler
label-presentation = Om dig
hint-presentation = Et par linjer til medlemslisterne i dine netværk: dit arbejde, og hvad du gerne vil sparre om.
label-competences = Kompetencer
hint-competences = Adskilt med komma, fx: servicedesign, business case, udbud.
error-invalid_competence = Hver kompetence må højst være på 80 tegn.
error-too_many_competences = Du kan højst angive 30 kompetencer.
field-presentation = Om dig
field-competences = Kompetencer
