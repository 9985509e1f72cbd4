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
error-password_too_short = The password must be at least 10 characters long.
error-invalid_choice = Choose one of the options.
error-invalid_cvr = Enter a valid CVR number of 8 digits.
error-invalid_se_org_number = Enter a valid organisation number, like 212000-0142.
error-invalid_gln = Enter a valid GLN (EAN) number of 13 digits.
error-not_a_number = Enter a number.
error-out_of_range = The number is outside the allowed range.
error-too_many_criteria = There can be at most 20 criteria.
error-invalid_slug = The web address may contain only lower-case letters a–z, digits and hyphens (3–60 characters).
error-slug_taken = Another network already uses this web address.
error-email_taken = An account with this e-mail address already exists.
error-already_exists = This already exists.
error-missing_reference = Something this refers to does not exist.
error-already_in_network = This person already has a role in the network.
error-parent_cycle = An organisation cannot be placed under itself or one of its own units.
error-region_of_other_country = Choose a region in the organisation's own country.
error-last_facilitator = The network must have at least one facilitator.
error-wrong_credentials = The e-mail address or password is wrong.
error-too_many_attempts = Too many failed attempts. Wait 15 minutes, or sign in with a link by e-mail.
error-too_many_links = Too many links have been sent to this address. Try again in an hour.
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

## Networks
network-create = Start a network
network-edit = Edit charter
network-edit-title = Edit charter: { $network }
network-people = People and roles
network-admin-nav = Facilitator tools
status-forming = Being established
status-running = Running
status-closed = Closed
country-DK = Denmark
country-SE = Sweden
country-NO = Norway
country-FI = Finland
language-da = Danish
language-sv = Swedish
language-en = English
role-facilitator = Facilitator
role-convener = Convener
role-member = Member
role-observer = Observer
role-plural-facilitator = Facilitators
role-plural-convener = Conveners
role-plural-member = Members
role-plural-observer = Observers
charter-basics = Basics
charter-text = The charter
charter-purpose = Purpose
charter-content = Content
charter-criteria = Admission criteria
charter-roles = Roles
charter-practical = Practical information
charter-cadence-label = Meetings
charter-cadence = { $count } meetings a year
charter-cadence-hours = { $count } meetings a year of { $hours } hours
charter-venue = Where
charter-confidential-label = Confidential room
charter-confidential-yes = Yes: what members share stays among the members who have accepted the confidentiality agreement.
charter-confidential-no = No
charter-language = Language
charter-country = Country
charter-status = Status
charter-contact = Contact
label-network-name = Name of the network
label-slug = Web address
hint-slug = The part after /networks/. Leave empty to make it from the name.
hint-criteria = One criterion per line.
label-meetings-per-year = Meetings a year
label-meeting-hours = Usual length of a meeting (hours)
hint-meeting-hours = For example 3 or 5,5.
hint-venue = For example: in turn at the members' workplaces.
label-confidential = The network is a confidential room
hint-confidential = Only members who have accepted the confidentiality agreement see what is shared.
label-contact-name = Contact person
label-contact-email = Contact e-mail
join-title = Join the network
join-already-member = You are part of this network.
join-go-home = Go to the network's page
join-closed = The network is closed and does not take new members.
join-how = Applications through Spira are coming. Until then, write to the contact person.
join-write = Write to the contact person
home-your-role = Your role: { $role }
home-people = People
home-facilitators = Facilitated by
home-public-page = See the public page
label-role = Role
role-change = Change role
person-remove = Remove
invite-title = Invite a person
invite-lead = We send an invitation by e-mail. The link works for 14 days.
invite-submit = Send invitation

## Organisations
org-list-title = Organisations
org-create = Add an organisation
org-edit-title = Edit { $name }
org-none = There are no organisations yet.
label-org-name = Name
label-kind = Kind
label-country = Country
label-parent = Part of
hint-parent = For a unit inside a region or municipality: the organisation it belongs to.
label-region = Region
hint-region = A unit can leave this empty and take the region of the organisation it is part of.
option-region-inherited = – inherited from the parent / none –
org-region-inherited = { $region } (from { $parent })
org-part-of-top = { $parent } in { $top }
label-registration-number = CVR or organisation number
hint-registration-number = Danish CVR number (8 digits) or Swedish organisation number (NNNNNN-NNNN).
label-gln = EAN/GLN number
hint-gln = The 13-digit location number that e-invoices are sent to.
kind-municipality = Municipality
kind-region = Region
kind-state_agency = State agency
kind-other = Other

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

## E-mails
mail-footer = Spira — innovation networks for the Nordic public sector
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

## Confidentiality agreement, member directory and profiles
notice-agreement_accepted = Thank you. You have accepted the confidentiality agreement.
notice-accept_first = Read and accept the confidentiality agreement to see the network's confidential content.
agreement-title = Confidentiality agreement
agreement-version = Version
agreement-editorial-mark = editorial change: earlier acceptances still apply
agreement-access-title = Access to public documents
agreement-access-law = The agreement binds the members, but public bodies remain subject to the law on access to public documents: in Denmark the right of access (aktindsigt) under the Access to Public Administration Files Act, in Sweden the principle of public access (offentlighetsprincipen). What is shared in the network may therefore have to be disclosed on request, unless an exemption applies.
agreement-accepted-on = You accepted version { $version } on { $date }.
agreement-accept-lead = By accepting, you agree to keep what members share in the network confidential.
agreement-accept = I accept the agreement
agreement-none = The facilitator has not written the confidentiality agreement yet.
agreement-edit = Write a new version
agreement-text = The agreement
hint-agreement-text = Blank lines separate paragraphs; lines starting with "- " become a list.
label-editorial = Editorial change only
hint-editorial = For corrections that do not change what members agree to. Earlier acceptances still apply; otherwise everyone must accept the new version.
agreement-publish = Publish version
agreement-history = Versions
agreement-read-and-accept = Read and accept the agreement
members-title = Members
members-confidential-note = Only members who have accepted the confidentiality agreement see this list.
members-export = Download the member list (CSV)
members-competences = Competences
csv-name = Name
csv-email = E-mail
csv-organisation = Workplace
csv-role = Role
csv-agreement-version = Agreement version accepted
csv-agreement-accepted = Accepted on
csv-members-file = members
home-accept-agreement = This network is a confidential room. Accept the confidentiality agreement to see the members and what they share.
network-member-nav = In the network
label-presentation = About you
hint-presentation = A few lines for the member directories of your networks: your work and what you would like to spar about.
label-competences = Competences
hint-competences = Separated by commas, for example: service design, business case, procurement.
error-agreement_not_accepted = Accept the network's confidentiality agreement first.
error-agreement_changed = The agreement has changed since you opened it. Read the new version and accept it.
error-editorial_needs_earlier_version = The first version cannot be an editorial change.
error-invalid_competence = Each competence can be at most 80 characters.
error-too_many_competences = You can list at most 30 competences.
field-text = The agreement
field-editorial = Editorial change
field-presentation = About you
field-competences = Competences

## Admission: policy, applications, the manager's endorsement, decisions
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
notice-applied = Your application has been sent.
notice-email_confirmed = Your e-mail address is confirmed and your application has gone on.
notice-withdrawn = Your application has been withdrawn.
notice-manager_resent = A new link has been sent to the manager. The old link no longer works.
notice-member_added = The member has been added and told by e-mail.
admission-title = Admission
label-admission-open = The network takes applications
hint-admission-open = When this is off, the public page says that admission is closed.
hint-admission-criteria = One criterion per line; the applicant ticks each. End a line with * to ask for a short justification.
label-org-kinds = Kinds of organisation that may join
label-countries = Countries that may join
hint-any-if-none = Tick none to allow all.
label-intake-months = Months when applications are taken
hint-intake-months = For example only January. Tick none to take applications all year.
label-manager-endorsement = The nearest manager must endorse the application
label-manager-link-days = Days the manager's link is valid
label-capacity = Seats in the network
hint-no-limit = Leave empty for no limit.
label-waiting-list = Keep a waiting list when the network is full
label-max-seats-per-org = Seats per workplace
hint-max-seats-per-org = Counted on the workplace the applicant names; a unit counts on its own. Leave empty for no limit.
label-binding-terms = Binding terms
hint-binding-terms = For example: the seat is personal, membership is binding for the calendar year, no refund on absence.
apply-title = Apply for membership
apply-about-you = About you
apply-have-account = Already have an account?
hint-apply-email = We send a link to confirm the address before the application goes further.
hint-apply-workplace = Your own workplace or unit. Missing? Write to the contact person.
option-choose = Choose…
apply-manager = Nearest manager
apply-manager-hint = Your nearest manager receives an e-mail and endorses your participation with a single click.
label-manager-name = Manager's name
label-manager-email = Manager's e-mail address
apply-criteria-hint = Tick each criterion you meet.
label-justification = Short justification
label-accept-terms = I have read the binding terms and the confidentiality agreement and accept them
apply-submit = Send application
apply-check-email-title = Check your e-mail
apply-check-email-body = We have sent an e-mail to the address you gave. Follow the link in it to go on.
apply-confirm-title = Confirm your e-mail address
apply-confirm-body = Press the button to confirm your address and send your application to { $network } on.
apply-confirm-button = Confirm and go on
apply-attested = Criteria the applicant attests to
application-title = Application
application-history = History
application-withdraw = Withdraw the application
application-resend-title = Send the request to the manager again
hint-resend = Correct the address if needed. The old link stops working.
application-resend = Send again
label-manager-comment = The manager's comment
hint-manager-comment = Optional. The applicant and the facilitator see it.
label-decision-note = Note to the applicant
hint-decision-note = Optional. The applicant sees it.
application-state-awaiting_email = Waiting for e-mail confirmation
application-state-awaiting_manager = Waiting for the manager
application-state-awaiting_decision = Waiting for the decision
application-state-admitted = Admitted
application-state-waitlisted = On the waiting list
application-state-rejected = Rejected
application-state-manager_declined = Not endorsed by the manager
application-state-manager_expired = The manager did not answer in time
application-state-withdrawn = Withdrawn
endorse-title = Endorse participation
endorse-lead = One of your employees has applied to join an innovation network and named you as nearest manager.
endorse-applicant = Applicant
endorse-network = Network
endorse-expires = The link is valid until
endorse-yes = I endorse the participation
endorse-no = I do not endorse it
endorse-done-title = Thank you for your answer
endorse-done-endorsed = You have endorsed { $name }'s participation. The facilitator now decides on the application.
endorse-done-declined = You have not endorsed { $name }'s participation. The application ends here.
applications-title = Applications
applications-none = There are no applications yet.
applications-seats = { $taken } seats taken
applications-seats-of = { $taken } of { $capacity } seats taken
applications-select = Select
applications-received = Received
applications-state = Status
applications-decision = Decision for the selected applications
decision-admit = Admit
decision-waitlist = Put on the waiting list
decision-reject = Reject
applications-decide = Save decision
join-apply = Apply for membership
join-admission-closed = The network is not taking applications right now.
join-intake-months = Applications are taken in: { $months }.
network-admission = Admission
network-applications = Applications
add-member-title = Add a member directly
add-member-lead = For founding members or a member list moved over from a spreadsheet: no application, no manager's endorsement. The person is told by e-mail.
add-member-submit = Add member
error-admission_closed = The network is not taking applications right now.
error-organisation_not_eligible = The network does not take members from this kind of organisation or country.
error-already_applied = You already have an application in progress for this network.
error-already_member = This person is already a member of the network.
error-manager_is_applicant = The manager's address must be another than the applicant's.
error-criterion_not_attested = Tick this criterion to apply.
error-justification_required = Write a short justification.
error-terms_not_accepted = Accept the binding terms and the confidentiality agreement to apply.
error-network_full = Every seat in the network is taken.
error-organisation_full = The workplace already holds its maximum number of seats.
error-already_decided = The application has already been decided, perhaps by another facilitator.
error-application_closed = The application is closed and can no longer be changed.
error-nothing_selected = Select at least one application.
field-manager_name = Manager's name
field-manager_email = Manager's e-mail address
field-accept_terms = Binding terms
field-criteria = Admission criteria
field-capacity = Seats in the network
field-max_seats_per_org = Seats per workplace
field-intake_months = Months
field-org_kinds = Kinds of organisation
field-countries = Countries
field-binding_terms = Binding terms
field-manager_link_days = Days the manager's link is valid
field-note = Note
field-comment = Comment
field-decision = Decision
mail-apply-confirm-subject = Confirm your application to { $network }
mail-apply-confirm-body = Hello { $name },

    Thank you for applying to { $network }. Confirm your e-mail address with this link, and the application goes on:

    { $link }

    If you did not apply, you can ignore this e-mail.
mail-apply-existing-subject = Your application to { $network }
mail-apply-existing-body = Hello,

    Someone applied to { $network } with this e-mail address, which already has an account on Spira. Sign in and apply from your account:

    { $link }

    If it was not you, you can ignore this e-mail.
mail-manager-request-subject = { $applicant } asks for your endorsement: { $network }
mail-manager-request-body = Hello { $manager },

    { $applicant } has applied to join { $network } and named you as nearest manager. Read the application and answer here (the link works once, for { $days } days; no sign-in needed):

    { $link }
mail-manager-endorsed-subject = Your manager has endorsed your application
mail-manager-endorsed-body = Hello { $name },

    Your manager has endorsed your application to { $network }. The facilitator now decides on it.
mail-manager-declined-subject = Your application to { $network }
mail-manager-declined-body = Hello { $name },

    Your manager has not endorsed your participation in { $network }, so the application ends here. Talk to your manager if you want to apply again later.
mail-admitted-subject = Welcome to { $network }
mail-admitted-body = Hello { $name },

    You have been admitted to { $network }. { $note }

    Start here: accept the confidentiality agreement and write a few lines about yourself for the other members.

    { $link }
mail-waitlisted-subject = You are on the waiting list for { $network }
mail-waitlisted-body = Hello { $name },

    The network is full right now, so you are on the waiting list for { $network }. We write to you when a seat is free. { $note }
mail-rejected-subject = Your application to { $network }
mail-rejected-body = Hello { $name },

    Unfortunately you have not been admitted to { $network }. { $note }
mail-member-added-subject = You are a member of { $network }
mail-member-added-body = Hello { $name },

    The facilitator has added you to { $network } on Spira. Sign in here, accept the confidentiality agreement and write a few lines about yourself:

    { $link }
notice-left_network = You have left the network.
leave-title = Leave the network
leave-lead = Your seat is given back and you lose access to the network's pages. Binding terms for the current term still apply.
leave-submit = Leave the network
account-applications = Your applications
error-too_many_applications = Too many applications from this address or to this manager. Try again in an hour.
watch-label = Tell me by e-mail when the network takes applications
watch-hint = Your e-mail address. You confirm it by a link, and every e-mail has a link to stop them.
watch-submit = Tell me
watch-check-email = We have sent you a link to confirm that you want to be told.
watch-confirm-title = Confirm your e-mail address
watch-confirm-body = Press the button to be told by e-mail when the network takes applications.
watch-confirm-button = Confirm
watch-confirmed-title = Thank you
watch-confirmed-body = We will write to you when the network takes applications.
unsubscribe-title = Stop these e-mails
unsubscribe-body = Press the button, and we will not write to you about this network again.
unsubscribe-button = Stop the e-mails
unsubscribed-title = You are unsubscribed
unsubscribed-body = We will not write to you about this network again.
field-watch_email = E-mail address
mail-watch-confirm-subject = Confirm: tell me when { $network } opens
mail-watch-confirm-body = Hello,

    Confirm that you want to be told when { $network } takes applications:

    { $link }

    Not you? Ignore this e-mail, or stop it here: { $unsubscribe }
mail-admission-open-subject = { $network } takes applications now
mail-admission-open-body = Hello,

    { $network } takes applications now. Apply here:

    { $link }

    Stop these e-mails: { $unsubscribe }
mail-manager-reminder-subject = Reminder: { $applicant } is waiting for your answer
mail-manager-reminder-body = Hello { $manager },

    { $applicant } is still waiting for your endorsement to join { $network }. Answer by { $deadline } here (this link replaces the earlier one):

    { $link }
mail-manager-expired-subject = Your application to { $network }
mail-manager-expired-body = Hello { $name },

    Your manager did not answer in time, so your application to { $network } has ended. You are welcome to apply again.
csv-seat-term = Term
csv-renewal = Next term
csv-application = Application
renewal-state-continue = Continues
renewal-state-leave = Leaves at the end of the term
seat-title = Your seat
seat-line = You hold a personal seat for { $term }.
renewal-question = The next term
renewal-continue = I continue next term
renewal-leave = I leave at the end of this term
field-renewal = The next term
notice-imported = The member list has been imported, and everyone has been told by e-mail.
import-title = Import a member list
import-lead = Paste the list from a spreadsheet. Everyone is added, or no one if a line has a problem.
import-label = Member list
import-hint = One person per line: name, e-mail and optionally workplace, separated by semicolons or tabs.
import-submit = Import
import-line = Line { $line }: { $message }
import-person = { $name }: { $message }
error-duplicate_row = The person is already further up in the list.
error-unknown_organisation = No organisation has that name. Add it first, or leave the workplace empty.
error-nothing_to_import = The list is empty.
error-too_many_rows = The list has more than 500 lines. Import it in parts.
error-import_refused = The member list was not imported. Nothing has been changed.
field-rows = Member list

## Fees
fees-title = Fees
fees-terms = Terms
fees-current = Price per seat for
fees-none = No price schedule: no invoices are issued.
fees-free = Free of charge.
fees-flat = { $price } { $currency } per seat a year
fees-first-further = { $first } { $currency } for a workplace's first seat, { $further } { $currency } for each further seat from the same workplace, a year
fees-vat = + { $rate } % VAT.
fees-vat-exempt = Exempt from VAT ({ $reason }).
fees-public = Price:
fees-kind = How seats are priced
fees-kind-free = Free: no invoices
fees-kind-flat = The same price for every seat
fees-kind-first-further = A workplace's first seat at one price, further seats at another
label-first-price = Price of a seat (the first from a workplace)
hint-price = Per term, without VAT, for example 4.000,00.
label-further-price = Price of each further seat from the same workplace
hint-further-price = Only when further seats have their own price.
label-currency = Currency
label-vat-rate = VAT rate (%)
label-vat-exempt = The fees are exempt from VAT
hint-vat-exempt = The treatment of fees between public bodies varies; the reason is printed on the invoices.
label-exemption-reason = Reason for the exemption
error-not_an_amount = Enter an amount, for example 4.000,00.
error-bad_term = That term cannot be priced here.
field-first = Price of a seat
field-further = Price of further seats
field-currency = Currency
field-vat_rate = VAT rate
field-exemption_reason = Reason for the exemption
label-buyer-reference = Your organisation's reference for the invoice
hint-buyer-reference = Public buyers need it on e-invoices: ask your finance department if you are unsure. The facilitator can add it later.
csv-buyer-reference = Buyer reference
field-buyer_reference = Reference for the invoice

## Invoices (issue 12)
invoices-title = Invoices
invoices-edit-prices = Change the prices
invoices-issuer = Issued by
invoices-no-issuer = Nobody issues invoices for this network yet.
invoices-edit-issuer = Set the issuer and payment details
invoices-issuer-lacks = The issuing organisation lacks:
invoices-drafts = Not yet invoiced
invoices-no-drafts = Every seat in this term is on an invoice.
invoices-drafts-caption = Seats not yet invoiced, by workplace
invoices-seats = Seats
invoices-missing = Before it can be invoiced
invoices-supplementary = supplementary invoice
invoices-ready = Ready
invoices-edit-org = Complete { $name }'s details
invoices-reference-for = Buyer reference for { $name }
invoices-issue = { $count ->
    [one] Issue one invoice
   *[other] Issue { $count } invoices
}
invoices-issued = Issued
invoices-none-issued = No invoices have been issued for this term.
invoices-issued-caption = Invoices and credit notes issued in the term
invoices-csv = Download the term's invoices as CSV (for the finance department)
invoices-back = Back to the invoices
invoice-title = Invoice { $number }
credit-note-title = Credit note { $number }
invoice-kind-invoice = Invoice
invoice-kind-credit_note = Credit note
invoice-state-issued = Issued, not paid
invoice-state-paid = Paid
invoice-state-credited = Credited
invoice-number = Number
invoice-status = Status
invoice-seller = From
invoice-buyer = To
invoice-issue-date = Issue date
invoice-due-date = Due date
invoice-buyer-reference = Your reference
invoice-period = Term
invoice-lines = Seats invoiced
invoice-line-description = Description
invoice-amount = Amount
invoice-net = Total excluding VAT
invoice-vat-rate = VAT { $rate } %
invoice-vat-exempt = Exempt from VAT ({ $reason })
invoice-total = Total
invoice-payment = Pay to
invoice-payment-id = Payment reference
invoice-payment-terms-label = Payment terms
invoice-cvr = CVR number
invoice-orgnr = Organisation number
invoice-vat-number = VAT number
invoice-electronic-address = Electronic address
credit-note-credits = Credits
invoice-credited-by = Credited by
invoice-download-ubl = Download as e-invoice (Peppol UBL)
invoice-mark-paid = Mark as paid
invoice-credit = Credit the whole invoice
invoice-credit-hint = A credit note with the same amounts is issued and refers to this invoice. The seats can then be invoiced again.
invoice-line = Seat in { $network } { $term }: { $person }
invoice-line-first = Seat in { $network } { $term }: { $person } (the workplace's first seat)
invoice-line-further = Seat in { $network } { $term }: { $person } (further seat from the same workplace)
invoice-note = Membership of { $network } for { $term }. The term is binding; there is no refund on absence.
invoice-note-supplementary = Supplementary invoice for seats added to { $network } during { $term }.
invoice-payment-terms = Net { $days } days, due { $due }.
credit-note-note = Credits invoice { $number } of { $date } in full.
credit-note-payment-terms = The credited amount is refunded or set off against the invoice.
payment-kind-dk_account = Danish bank account (registration and account number)
payment-kind-iban = IBAN
payment-kind-fik = FI card 71 (Danish giro payment)
payment-kind-bankgiro = Bankgiro
payment-kind-plusgiro = Plusgiro
lacks-postal_address = postal address
lacks-electronic_address = electronic address (EAN/GLN, CVR or organisation number)
lacks-registration_number = CVR or organisation number
lacks-vat_number = VAT number
lacks-buyer_reference = buyer reference
lacks-organisation = a workplace on the seat
lacks-payment_for_country = a way to pay that suits the issuer's country
lacks-swedish_vat_rate = a VAT rate of 25, 12 or 6 % (Swedish issuer)
issuer-title = Issuer and payment details
issuer-intro = The issuing organisation's name, address, CVR or organisation number, VAT number and electronic address come from the organisation's own details. Here you choose the organisation and how buyers pay.
issuer-organisation = Issuing organisation
issuer-payment-kind = How buyers pay
label-reg = Registration number
label-account = Account number
label-iban = IBAN
label-bic = BIC (optional)
label-creditor = FI creditor number
label-giro = Bankgiro or plusgiro number
label-payment-days = Days to the due date
label-fskatt = Approved for F-tax (Godkänd för F-skatt)
hint-fskatt = Swedish issuers only: printed on the invoice as Peppol requires.
org-invoicing = Invoicing details
hint-org-invoicing = Needed to invoice the organisation or to issue invoices from it.
label-street = Street and number
label-postcode = Postcode
label-city = Town
label-vat-number = VAT number
hint-vat-number = Danish: DK and the CVR number. Swedish: SE, the organisation number and 01.
field-street = Street and number
field-postcode = Postcode
field-city = Town
field-vat_number = VAT number
field-payment_kind = How buyers pay
field-reg = Registration number
field-account = Account number
field-iban = IBAN
field-bic = BIC
field-creditor = FI creditor number
field-giro = Giro number
field-payment_days = Days to the due date
field-issue = Issuing
notice-issued = The invoices have been issued.
notice-nothing_issued = Nothing was issued: no workplace is ready to be invoiced.
notice-credited = The credit note has been issued.
csv-kind = Type
csv-buyer-id = Buyer's electronic address
csv-currency = Currency
csv-vat = VAT
csv-credits = Credits invoice
csv-invoices-file = invoices
csv-invoice = Invoice
error-no_price_schedule = The network has no prices for this term, so there is nothing to invoice.
error-free_network = Seats in this network are free, so there is nothing to invoice.
error-no_issuer = Choose who issues the invoices before issuing.
error-issuer_incomplete = The issuing organisation's details are incomplete; see what it lacks above.
error-already_credited = This invoice has already been credited.
error-already_paid = This invoice is already marked as paid.
error-not_an_invoice = A credit note cannot be credited or paid.
error-invalid_vat_number = Write the VAT number as DK and 8 digits, or SE, the organisation number and 01.
error-invalid_account = Check the number: it has the wrong number of digits or contains letters.
error-invalid_iban = The IBAN is not valid: check the letters and digits.
error-invalid_bic = A BIC has 8 or 11 letters and digits.
error-payment_for_country = This way to pay does not suit the issuing organisation's country.

## Invoices: codes without a message before, and the issuer's own list (issue 16)
error-bad_id = The reference to the organisation is not valid. Go back to the overview and try again.
error-bad_period = The period cannot be used. Write the dates as YYYY-MM-DD, with the first day before the last.
csv-network = Network
issuer-invoices-title = Invoices issued by { $name }
issuer-invoices-lead = Every invoice and credit note the organisation issued in the period, across its networks and in the order of its numbers – for the books.
issuer-invoices-from = From
issuer-invoices-to = To
issuer-invoices-show = Show
issuer-invoices-none = The organisation issued no invoices or credit notes in the period.
issuer-invoices-caption = Invoices and credit notes from { $from } to { $to }
issuer-invoices-csv = Download the period as a spreadsheet (CSV)
issuer-invoices-link = All invoices of the issuer, across networks
mail-already-applied-subject = Your application to { $network }
mail-already-applied-body = Hello,

    Someone applied to { $network } with this e-mail address, but an application from this address is already in progress. You do not need to apply again.

    If you have not yet confirmed your e-mail address, use the link in the first e-mail we sent you. You can follow the application here (you will be asked to sign in):

    { $link }

    If it was not you, you can ignore this e-mail.
