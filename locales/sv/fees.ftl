# Spira — Swedish catalogue: fees. Danish (da) and Swedish (sv) must have exactly the same messages as English (en).

## Fees
fees-title = Avgifter
fees-terms = Perioder
fees-current = Pris per plats för
fees-none = Inga avgifter: inga fakturor skickas.
fees-free = Kostnadsfritt.
fees-flat = { $price } { $currency } per plats och år
fees-first-further = { $first } { $currency } för arbetsplatsens första plats och { $further } { $currency } för varje ytterligare plats från samma arbetsplats, per år
fees-vat = + { $rate } % moms.
fees-vat-exempt = Momsbefriat ({ $reason }).
fees-public = Pris:
fees-kind = Hur platserna prissätts
fees-kind-free = Kostnadsfritt: inga fakturor
fees-kind-flat = Samma pris för alla platser
fees-kind-first-further = Arbetsplatsens första plats till ett pris, ytterligare platser till ett annat
label-first-price = Pris för en plats (den första från en arbetsplats)
hint-price = Per period utan moms, till exempel 4 000,00.
label-further-price = Pris för varje ytterligare plats från samma arbetsplats
hint-further-price = Bara när ytterligare platser har ett eget pris.
label-currency = Valuta
label-vat-rate = Momssats (%)
label-vat-exempt = Avgifterna är momsbefriade
hint-vat-exempt = Momsbehandlingen mellan offentliga organ varierar; skälet skrivs ut på fakturorna.
label-exemption-reason = Skäl för momsbefrielsen
error-not_an_amount = Skriv ett belopp, till exempel 4 000,00.
error-bad_term = Den perioden kan inte prissättas här.
field-first = Pris för en plats
field-further = Pris för ytterligare platser
field-currency = Valuta
field-vat_rate = Momssats
field-exemption_reason = Skäl för momsbefrielsen
label-buyer-reference = Er referens för fakturan
hint-buyer-reference = Offentliga köpare behöver den på e-fakturor: fråga er ekonomifunktion om du är osäker. Processledaren kan lägga till den senare.
csv-buyer-reference = Er referens
field-buyer_reference = Referens för fakturan
