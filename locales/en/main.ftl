# Spira — English catalogue. Danish (da) and Swedish (sv) must have exactly the same messages.

## Layout
skip-to-content = Skip to content
nav-main = Main menu
nav-language = Language
nav-networks = Networks
nav-organisations = Organisations
nav-account = Your account
nav-outbox = Outbox
nav-sign-in = Sign in
nav-sign-out = Sign out
footer-about = Spira — innovation networks for the Nordic public sector.
footer-accessibility = Accessibility statement
save = Save
option-none = None
form-error-summary = There is a problem
label-actions = Actions

## Notices after an action
notice-saved = Your changes have been saved.
notice-created = Created.
notice-signed_out = You are signed out.
notice-link_sent = Check your e-mail for the link.
notice-password_changed = Your password has been changed and you are signed in.
notice-invited = The invitation has been sent by e-mail.
notice-token_created = Your new token is shown below.
notice-retried = Every waiting e-mail will be tried again now.
notice-role_changed = The role has been changed.

## Front page
home-title = Innovation networks
home-lead = Networks where innovators from municipalities, regions and state agencies share knowledge, spar with each other and spread what works.
home-my-networks = Your networks
home-all-networks = All networks
home-no-networks = There are no networks yet.

## Accessibility statement
a11y-title = Accessibility statement
a11y-body = Spira aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, as the Web Accessibility Directive requires of public-sector websites. Every page works with a keyboard and without JavaScript, and is tested with automated accessibility checks.
a11y-feedback = If something does not work for you, write to the facilitator of your network, who will pass it on to us.

## Errors
error-page-not-found = Page not found
error-page-forbidden = You do not have access
error-page-internal = Something went wrong
error-page-bad-request = The request could not be used
error-back-home = Go to the front page
error-required = Fill in this field.
error-too_long = The text is too long.
error-invalid_characters = The text contains characters that are not allowed.
error-invalid_email = Enter an e-mail address like name@example.com.
error-invalid_choice = Choose one of the options.
error-not_a_number = Enter a number.
error-out_of_range = The number is outside the allowed range.
error-email_taken = An account with this e-mail address already exists.
error-already_exists = This already exists.
error-missing_reference = Something this refers to does not exist.
error-not_found = We could not find what you were looking for.
error-forbidden = You are signed in, but you do not have access to this.
error-sign_in_required = Sign in to continue.
error-invalid_token = The API token is missing, malformed or unknown.
error-csrf_failed = The form had expired. Go back, reload the page and try again.
error-cross_site = The request came from another website and was refused.
error-too_large = What you sent is too large.
error-unsupported_media_type = The content type is not supported.
error-bad_request = The request could not be used.
error-method_not_allowed = This address does not accept that method.
error-timeout = The request took too long.
error-malformed_input = What you sent could not be read. Check the format and try again.
error-too_many_requests = Too many requests. Try again later.
error-internal = Something went wrong on our side. Try again in a moment.
error-invalid_input = Some fields need to be corrected.

## E-mails
mail-footer = Spira — innovation networks for the Nordic public sector

## Field names, as the error summary names them
field-name = Name
field-slug = Web address
field-purpose = Purpose
field-content = Content
field-admission_criteria = Admission criteria
field-roles_description = Roles
field-meetings_per_year = Meetings a year
field-meeting_hours = Length of a meeting
field-venue = Where
field-contact_name = Contact person
field-contact_email = Contact e-mail
field-language = Language
field-lang = Language
field-country = Country
field-status = Status
field-email = E-mail address
field-password = Password
field-kind = Kind
field-registration_number = CVR or organisation number
field-gln = EAN/GLN number
field-parent_id = Part of
field-organisation_id = Workplace
field-token_name = Token name
field-role = Role
