# Spira — English catalogue: outbox. Danish (da) and Swedish (sv) must have exactly the same messages as English (en).

## Outbox
outbox-title = E-mail outbox
outbox-smtp-on = E-mail is sent through the configured SMTP server.
outbox-smtp-off = No SMTP server is configured: e-mail waits here and is written to the log.
outbox-unsent = { $count ->
    [one] One e-mail is waiting to be sent.
   *[other] { $count } e-mails are waiting to be sent.
}
outbox-retry = Try all waiting e-mails now
outbox-empty = The outbox is empty.
outbox-created = Created
outbox-to = To
outbox-subject = Subject
outbox-state = State
outbox-attempts = Attempts
outbox-sent = Sent
outbox-failed = Failed, will be tried again
outbox-waiting = Waiting
