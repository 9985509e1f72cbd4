# Spira — Danish catalogue: outbox. Danish (da) and Swedish (sv) must have exactly the same messages as English (en).

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
