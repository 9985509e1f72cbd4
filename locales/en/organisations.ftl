# Spira — English catalogue: organisations. Danish (da) and Swedish (sv) must have exactly the same messages as English (en).

## Errors
error-invalid_cvr = Enter a valid CVR number of 8 digits.
error-invalid_se_org_number = Enter a valid organisation number, like 212000-0142.
error-invalid_gln = Enter a valid GLN (EAN) number of 13 digits.
error-parent_cycle = An organisation cannot be placed under itself or one of its own units.
error-region_of_other_country = Choose a region in the organisation's own country.

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
