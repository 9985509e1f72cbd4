# Spira — Danish catalogue: organisations. Danish (da) and Swedish (sv) must have exactly the same messages as English (en).

## Fejl
error-invalid_cvr = Skriv et gyldigt CVR-nummer på 8 cifre.
error-invalid_se_org_number = Skriv et gyldigt svensk organisationsnummer, fx 212000-0142.
error-invalid_gln = Skriv et gyldigt EAN-nummer (GLN) på 13 cifre.
error-parent_cycle = En organisation kan ikke placeres under sig selv eller under en af sine egne enheder.
error-region_of_other_country = Vælg en region i organisationens eget land.

## Organisationer
org-list-title = Organisationer
org-create = Tilføj en organisation
org-edit-title = Rediger { $name }
org-none = Der er ingen organisationer endnu.
label-org-name = Navn
label-kind = Type
label-country = Land
label-parent = Del af
hint-parent = For en enhed i en region eller kommune: den organisation, enheden hører til.
label-region = Region
hint-region = En enhed kan lade feltet stå tomt, så arves regionen fra den overordnede organisation.
option-region-inherited = – arves fra den overordnede organisation / ingen –
org-region-inherited = { $region } (fra { $parent })
org-part-of-top = { $parent } i { $top }
label-registration-number = CVR- eller organisationsnummer
hint-registration-number = Dansk CVR-nummer (8 cifre) eller svensk organisationsnummer (NNNNNN-NNNN).
label-gln = EAN-nummer (GLN)
hint-gln = Det 13-cifrede lokationsnummer, som e-fakturaer sendes til.
kind-municipality = Kommune
kind-region = Region
kind-state_agency = Statslig myndighed
kind-other = Andet
