# Spira — English catalogue: fees. Danish (da) and Swedish (sv) must have exactly the same messages as English (en).

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
