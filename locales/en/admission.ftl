# Spira — English catalogue: admission. Danish (da) and Swedish (sv) must have exactly the same messages as English (en).

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

## Invoices: codes without a message before, and the issuer's own list (issue 16)
mail-already-applied-subject = Your application to { $network }
mail-already-applied-body = Hello,

    Someone applied to { $network } with this e-mail address, but an application from this address is already in progress. You do not need to apply again.

    If you have not yet confirmed your e-mail address, use the link in the first e-mail we sent you. You can follow the application here (you will be asked to sign in):

    { $link }

    If it was not you, you can ignore this e-mail.
