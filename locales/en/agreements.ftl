# Spira — English catalogue: agreements. Danish (da) and Swedish (sv) must have exactly the same messages as English (en).

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
home-accept-agreement = This network is a confidential room. Accept the confidentiality agreement to see the members and what they share.
error-agreement_not_accepted = Accept the network's confidentiality agreement first.
error-agreement_changed = The agreement has changed since you opened it. Read the new version and accept it.
error-editorial_needs_earlier_version = The first version cannot be an editorial change.
field-text = The agreement
field-editorial = Editorial change
