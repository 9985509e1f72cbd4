# Spira — Swedish catalogue: outbox. Danish (da) and Swedish (sv) must have exactly the same messages as English (en).

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
