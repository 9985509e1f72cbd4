# Spira — Swedish catalogue: accounts. Danish (da) and Swedish (sv) must have exactly the same messages as English (en).

## Fel
error-password_too_short = Lösenordet måste vara minst 10 tecken långt.
error-wrong_credentials = E-postadressen eller lösenordet är fel.
error-too_many_attempts = För många misslyckade försök. Vänta 15 minuter eller logga in med en länk via e-post.
error-too_many_links = För många länkar har skickats till den här adressen. Försök igen om en timme.

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

## E-post
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

## Sekretessavtal, medlemslista och profiler
label-presentation = Om dig
hint-presentation = Några rader till medlemslistorna i dina nätverk: ditt arbete och vad du gärna vill sparra om.
label-competences = Kompetenser
hint-competences = Åtskilda med kommatecken, till exempel: tjänstedesign, business case, upphandling.
error-invalid_competence = Varje kompetens får vara högst 80 tecken.
error-too_many_competences = Du kan ange högst 30 kompetenser.
field-presentation = Om dig
field-competences = Kompetenser
