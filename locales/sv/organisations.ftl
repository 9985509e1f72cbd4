# Spira — Swedish catalogue: organisations. Danish (da) and Swedish (sv) must have exactly the same messages as English (en).

## Fel
error-invalid_cvr = Skriv ett giltigt danskt CVR-nummer med 8 siffror.
error-invalid_se_org_number = Skriv ett giltigt organisationsnummer, till exempel 212000-0142.
error-invalid_gln = Skriv ett giltigt GLN-nummer (EAN) med 13 siffror.
error-parent_cycle = En organisation kan inte placeras under sig själv eller under någon av sina egna enheter.
error-region_of_other_country = Välj ett län eller en region i organisationens eget land.

## Organisationer
org-list-title = Organisationer
org-create = Lägg till en organisation
org-edit-title = Redigera { $name }
org-none = Det finns inga organisationer än.
label-org-name = Namn
label-kind = Typ
label-country = Land
label-parent = Del av
hint-parent = För en enhet inom en region eller kommun: den organisation som enheten hör till.
label-region = Län
hint-region = En enhet kan lämna fältet tomt, så ärvs länet från den överordnade organisationen.
option-region-inherited = – ärvs från den överordnade organisationen / inget –
org-region-inherited = { $region } (från { $parent })
org-part-of-top = { $parent } i { $top }
label-registration-number = CVR- eller organisationsnummer
hint-registration-number = Danskt CVR-nummer (8 siffror) eller svenskt organisationsnummer (NNNNNN-NNNN).
label-gln = GLN-nummer (EAN)
hint-gln = Det 13-siffriga lokaliseringsnummer som e-fakturor skickas till.
kind-municipality = Kommun
kind-region = Region
kind-state_agency = Statlig myndighet
kind-other = Annat
