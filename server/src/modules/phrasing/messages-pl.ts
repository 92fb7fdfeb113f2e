/**
 * Polish catalogue: the same keys as messages-en.ts, ICU MessageFormat, nothing but messages.
 * Counted nouns (see catalogue.ts) stand after "mają" (have) or "nie mają", so their forms are
 * accusative: {acc} for "1" ("jedno dziecko", "jednego nastolatka", "jedną wizytę"), {few} after
 * 2–4, 22–24 ("2 dzieci", "2 nastolatków", "2 zakupy"), {many} after 0, 5–21, 25… and after
 * "nie mają", "więcej", "do" (genitive plural: "dzieci", "zakupów"), {other} for fractions.
 * {gender}: m (inanimate), ma (masculine animate), f, n, p (plural). {past} is an event's
 * perfective past ("kupili"), {event} its imperfective ("kupowali"); {zero} an amount of nothing.
 */
export const MESSAGES_PL: Readonly<Record<string, string>> = {
  // Klient is masculine personal: after 2–4 the genitive-accusative "klientów" (dwóch klientów), as after 5+.
  'count.customers': '{n, plural, one {{count} klient} few {{count} klientów} many {{count} klientów} other {{count} klienta}}',
  'bound.min': 'co najmniej {min}',
  'bound.max': 'najwyżej {max}',
  'bound.range': 'od {min} do {max}',
  'bound.exact': 'dokładnie {min}',
  'bound.known': 'znane',
  'bound.rangeUnit': 'od {minNumber} do {max}',
  'money.nothing': '{zero}',
  'year.min': 'w roku {min} lub później',
  'year.max': 'w roku {max} lub wcześniej',
  'year.range': 'w latach {min}–{max}',
  'year.exact': 'w roku {min}',
  'date.min': '{min} lub później',
  'date.max': '{max} lub wcześniej',
  'date.range': 'między {min} a {max}',
  'date.exact': '{min}',
  'count.min':
    '{min, plural, =1 {mają co najmniej {gender, select, f {jedną} n {jedno} ma {jednego} other {jeden}} {acc}} few {mają co najmniej # {few}} other {mają co najmniej # {many}}}',
  'count.max':
    '{max, plural, =0 {nie mają {many}} =1 {mają najwyżej {gender, select, f {jedną} n {jedno} ma {jednego} other {jeden}} {acc}} few {mają najwyżej # {few}} other {mają najwyżej # {many}}}',
  'count.range': 'mają od {min, number} do {max, number} {many}',
  'count.exact':
    '{min, plural, =0 {nie mają {many}} =1 {mają dokładnie {gender, select, f {jedną} n {jedno} ma {jednego} other {jeden}} {acc}} few {mają dokładnie # {few}} many {mają dokładnie # {many}} other {mają dokładnie # {other}}}',
  'unit.second': '{n, plural, one {# sekunda} few {# sekundy} many {# sekund} other {# sekundy}}',
  'unit.minute': '{n, plural, one {# minuta} few {# minuty} many {# minut} other {# minuty}}',
  'unit.hour': '{n, plural, one {# godzina} few {# godziny} many {# godzin} other {# godziny}}',
  'unit.day': '{n, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}',
  'unit.week': '{n, plural, one {# tydzień} few {# tygodnie} many {# tygodni} other {# tygodnia}}',
  'unit.month': '{n, plural, one {# miesiąc} few {# miesiące} many {# miesięcy} other {# miesiąca}}',
  'unit.year': '{n, plural, one {# rok} few {# lata} many {# lat} other {# roku}}',
  'event.max': '{event} w ciągu ostatnich {max}',
  'event.maxOne':
    '{event} w ciągu {unit, select, second {ostatniej sekundy} minute {ostatniej minuty} hour {ostatniej godziny} day {ostatniego dnia} week {ostatniego tygodnia} month {ostatniego miesiąca} other {ostatniego roku}}',
  'event.exact': 'ostatnio {past} {min} temu',
  'event.today': '{past} dzisiaj',
  'event.min': 'nie {event} od co najmniej {min}',
  'event.range': 'ostatnio {past} {minNumber}–{max} temu',
  clause: '{relative, select, who {którzy {body}} whose {u których {body}} other {którzy {body}}}',
  'body.whose': '{label} to {value}',
  'body.factYes': '{label} to „tak”',
  'body.factNo': '{label} to „nie”',
  'sentence.all': 'Wszyscy klienci.',
  'sentence.customers': 'Klienci, {clauses}.',
  'compare.count': 'mają {strong, select, yes {znacznie } other {}}{direction, select, higher {więcej} other {mniej}} {many} ({figures})',
  'compare.plural':
    '{label} – u nich {strong, select, yes {znacznie } other {}}{direction, select, higher {więcej} other {mniej}} ({figures})',
  'compare.level':
    '{label} {gender, select, p {są} other {jest}} u nich {strong, select, yes {znacznie } other {}}{direction, select, higher {{gender, select, f {wyższa} n {wyższe} p {wyższe} other {wyższy}}} other {{gender, select, f {niższa} n {niższe} p {niższe} other {niższy}}}} ({figures})',
  'compare.time':
    '{label} {gender, select, p {są} other {jest}} u nich {direction, select, higher {{gender, select, f {późniejsza} n {późniejsze} p {późniejsze} other {późniejszy}}} other {{gender, select, f {wcześniejsza} n {wcześniejsze} p {wcześniejsze} other {wcześniejszy}}}} ({figures})',
  'compare.more': '{strong, select, yes {znacznie } other {}}{direction, select, higher {więcej} other {mniej}}',
  'compare.later': '{direction, select, higher {później} other {wcześniej}}',
  'compare.age': 'są {direction, select, higher {starsi} other {młodsi}} ({figures})',
  'compare.recency': '{direction, select, higher {od dłuższego czasu nie {event}} other {{past} niedawno}} ({figures})',
  'compare.longer':
    '{label} {gender, select, p {są} other {jest}} u nich {direction, select, higher {{gender, select, f {dłuższa} n {dłuższe} p {dłuższe} other {dłuższy}}} other {{gender, select, f {krótsza} n {krótsze} p {krótsze} other {krótszy}}}} ({figures})',
  'compare.fact':
    '{yes} {strong, select, yes {znacznie } other {}}{direction, select, higher {częściej} other {rzadziej}} ({group} wobec {rest})',
  'compare.factGeneric':
    '{strong, select, yes {znacznie } other {}}{direction, select, higher {częściej} other {rzadziej}} mają „tak” w polu „{label}” ({group} wobec {rest})',
  'compare.category':
    '{label} „{level}” występuje u nich {strong, select, yes {znacznie } other {}}{direction, select, higher {częściej} other {rzadziej}} ({group} wobec {rest})',
  'compare.verb': '{clause} ({figures})',
  'figures.median': 'mediana {group} wobec {rest}',
  'figures.mean': 'średnio {group} wobec {rest}',
  'tag.count': '{direction, select, higher {więcej} other {mniej}} {many}',
  'tag.level':
    '{direction, select, higher {{gender, select, f {wysoka} n {wysokie} p {wysokie} other {wysoki}}} other {{gender, select, f {niska} n {niskie} p {niskie} other {niski}}}} {label}',
  'tag.time':
    '{direction, select, higher {{gender, select, f {późna} n {późne} p {późne} other {późny}}} other {{gender, select, f {wczesna} n {wczesne} p {wczesne} other {wczesny}}}} {label}',
  'tag.fact': '{direction, select, higher {często} other {rzadko}} {yes}',
};
