# Spira — English catalogue: members. Danish (da) and Swedish (sv) must have exactly the same messages as English (en).

## Confidentiality agreement, member directory and profiles
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
network-member-nav = In the network
