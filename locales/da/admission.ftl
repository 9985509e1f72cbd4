# Spira — Danish catalogue: admission. Danish (da) and Swedish (sv) must have exactly the same messages as English (en).

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

## Invoices: codes without a message before, and the issuer's own list (issue 16)
mail-already-applied-subject = Din ansøgning til { $network }
mail-already-applied-body = Hej

    Der er søgt om optagelse i { $network } med denne e-mailadresse, men der er allerede en ansøgning under behandling fra adressen. Du skal ikke søge igen.

    Har du endnu ikke bekræftet din e-mailadresse, så brug linket i den første e-mail, vi sendte dig. Du kan følge ansøgningen her (du bliver bedt om at logge ind):

    { $link }

    Hvis det ikke var dig, kan du se bort fra denne e-mail.
