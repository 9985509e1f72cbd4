# Spira — English catalogue: accounts. Danish (da) and Swedish (sv) must have exactly the same messages as English (en).

## Errors
error-password_too_short = The password must be at least 10 characters long.
error-wrong_credentials = The e-mail address or password is wrong.
error-too_many_attempts = Too many failed attempts. Wait 15 minutes, or sign in with a link by e-mail.
error-too_many_links = Too many links have been sent to this address. Try again in an hour.

## Sign-in
signin-title = Sign in
signin-with-password = With your password
signin-submit = Sign in
signin-forgot = Forgotten your password?
signin-with-link = With a link by e-mail
signin-link-hint = We send a link to your e-mail address. It works once, for 30 minutes.
signin-link-submit = Send me a link
label-email = E-mail address
label-password = Password
label-new-password = New password
hint-password = At least 10 characters.
label-name = Name
link-sent-title = Check your e-mail
link-sent-body = If the address belongs to an account, we have sent a link to it. The link works once, for 30 minutes.
link-invalid-title = The link cannot be used
link-invalid-body = The link has already been used, has expired or is wrong. Ask for a new one.
link-signin-title = Sign in to Spira
link-signin-body = Press the button to sign in. The link then stops working.
link-signin-button = Sign in
forgot-title = Forgotten password
forgot-lead = Enter your e-mail address and we will send you a link to choose a new password.
forgot-submit = Send link
reset-title = Choose a new password
reset-lead = You will be signed out everywhere else.
reset-submit = Save password and sign in
invitation-title = Invitation to { $network }
invitation-lead-new = Enter your name and choose a password to create your account.
invitation-lead-existing = You already have an account with this e-mail address. Accept to join the network.
invitation-accept = Accept invitation

## Account
account-title = Your account
label-language = Language
label-workplace = Workplace
tokens-title = Personal API tokens
tokens-lead = A token lets a program use the Spira API on your behalf. Keep it secret.
tokens-new = Your new token. Copy it now: it will not be shown again.
tokens-create = Create token
tokens-delete = Delete
label-token-name = Token name
label-created = Created

## E-mails
mail-signin-link-subject = Your sign-in link for Spira
mail-signin-link-body = Hello { $name },

    Use this link to sign in to Spira. It works once, for 30 minutes:

    { $link }

    If you did not ask for it, you can ignore this e-mail.
mail-reset-subject = Choose a new password for Spira
mail-reset-body = Hello { $name },

    Use this link to choose a new password. It works once, for 30 minutes:

    { $link }

    If you did not ask for it, you can ignore this e-mail: your password stays as it is.
mail-invitation-subject = Invitation to { $network }
mail-invitation-body = Hello,

    { $inviter } invites you to { $network } on Spira as { $role }.

    Accept the invitation here (the link works for 14 days):

    { $link }

## Confidentiality agreement, member directory and profiles
label-presentation = About you
hint-presentation = A few lines for the member directories of your networks: your work and what you would like to spar about.
label-competences = Competences
hint-competences = Separated by commas, for example: service design, business case, procurement.
error-invalid_competence = Each competence can be at most 80 characters.
error-too_many_competences = You can list at most 30 competences.
field-presentation = About you
field-competences = Competences
