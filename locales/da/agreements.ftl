# Spira — Danish catalogue: agreements. Danish (da) and Swedish (sv) must have exactly the same messages as English (en).

## Fortrolighedsaftale, medlemsliste og profiler
notice-agreement_accepted = Tak. Du har accepteret fortrolighedsaftalen.
notice-accept_first = Læs og acceptér fortrolighedsaftalen for at se netværkets fortrolige indhold.
agreement-title = Fortrolighedsaftale
agreement-version = Version
agreement-editorial-mark = redaktionel ændring: tidligere accepter gælder stadig
agreement-access-title = Aktindsigt
agreement-access-law = Aftalen binder medlemmerne, men offentlige myndigheder er fortsat omfattet af reglerne om aktindsigt i offentlighedsloven. Det, der deles i netværket, kan derfor skulle udleveres efter anmodning, medmindre en undtagelse gælder. For svenske medlemmer gælder offentlighetsprincipen.
agreement-accepted-on = Du accepterede version { $version } den { $date }.
agreement-accept-lead = Når du accepterer, forpligter du dig til at holde det, medlemmerne deler i netværket, fortroligt.
agreement-accept = Jeg accepterer aftalen
agreement-none = Tovholderen har endnu ikke skrevet fortrolighedsaftalen.
agreement-edit = Skriv en ny version
agreement-text = Aftalen
hint-agreement-text = Tomme linjer adskiller afsnit; linjer, der begynder med "- ", bliver til en liste.
label-editorial = Kun redaktionel ændring
hint-editorial = Til rettelser, der ikke ændrer det, medlemmerne forpligter sig til. Tidligere accepter gælder stadig; ellers skal alle acceptere den nye version.
agreement-publish = Offentliggør version
agreement-history = Versioner
agreement-read-and-accept = Læs og acceptér aftalen
home-accept-agreement = Netværket er et fortroligt rum. Acceptér fortrolighedsaftalen for at se medlemmerne og det, de deler.
error-agreement_not_accepted = Acceptér først netværkets fortrolighedsaftale.
error-agreement_changed = Aftalen er blevet ændret, siden du åbnede den. Læs den nye version, og acceptér den.
error-editorial_needs_earlier_version = Den første version kan ikke være en redaktionel ændring.
field-text = Aftalen
field-editorial = Redaktionel ændring
