# Spira — Danish catalogue: fees. Danish (da) and Swedish (sv) must have exactly the same messages as English (en).

## Fees
fees-title = Priser
fees-terms = Perioder
fees-current = Pris pr. plads for
fees-none = Ingen priser: der udstedes ingen fakturaer.
fees-free = Gratis.
fees-flat = { $price } { $currency } pr. plads om året
fees-first-further = { $first } { $currency } for arbejdspladsens første plads og { $further } { $currency } for hver yderligere plads fra samme arbejdsplads, om året
fees-vat = + { $rate } % moms.
fees-vat-exempt = Momsfritaget ({ $reason }).
fees-public = Pris:
fees-kind = Hvordan pladserne prissættes
fees-kind-free = Gratis: ingen fakturaer
fees-kind-flat = Samme pris for alle pladser
fees-kind-first-further = Arbejdspladsens første plads til én pris, yderligere pladser til en anden
label-first-price = Pris for en plads (den første fra en arbejdsplads)
hint-price = Pr. periode uden moms, fx 4.000,00.
label-further-price = Pris for hver yderligere plads fra samme arbejdsplads
hint-further-price = Kun når yderligere pladser har deres egen pris.
label-currency = Valuta
label-vat-rate = Momssats (%)
label-vat-exempt = Priserne er momsfritaget
hint-vat-exempt = Momsbehandlingen mellem offentlige myndigheder varierer; begrundelsen trykkes på fakturaerne.
label-exemption-reason = Begrundelse for momsfritagelsen
error-not_an_amount = Skriv et beløb, fx 4.000,00.
error-bad_term = Den periode kan ikke prissættes her.
field-first = Pris for en plads
field-further = Pris for yderligere pladser
field-currency = Valuta
field-vat_rate = Momssats
field-exemption_reason = Begrundelse for momsfritagelsen
label-buyer-reference = Jeres reference til fakturaen (ordreference eller "att.")
hint-buyer-reference = Offentlige købere skal bruge den på e-fakturaer: spørg jeres økonomifunktion, hvis du er i tvivl. Tovholderen kan tilføje den senere.
csv-buyer-reference = Ordreference
field-buyer_reference = Reference til fakturaen
