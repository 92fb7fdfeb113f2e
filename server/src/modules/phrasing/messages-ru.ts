/**
 * Russian catalogue: the same keys as messages-en.ts, ICU MessageFormat, nothing but messages.
 * Counted nouns come in four forms (see catalogue.ts): {one} "ребёнок дома" (1, 21, 101),
 * {few} "ребёнка дома" (2–4, 22–24; also the genitive singular, after "не более 21"),
 * {many} "детей дома" (0, 5–20, 25; also the genitive plural, after "нет", "больше", "не менее 5"),
 * {other} for fractions. {gender} (m, f, n, p) agrees "один/одна/одно"; {past} is an event's
 * past tense ("покупали"), {zero} an amount of nothing ("0 €"). Sentences keep the label in the
 * nominative ("годовой доход у них выше") so no label needs other cases.
 */
export const MESSAGES_RU: Readonly<Record<string, string>> = {
  'count.customers': '{n, plural, one {{count} клиент} few {{count} клиента} many {{count} клиентов} other {{count} клиента}}',
  'bound.min': 'не менее {min}',
  'bound.max': 'не более {max}',
  'bound.range': 'от {min} до {max}',
  'bound.exact': 'ровно {min}',
  'bound.known': 'известно',
  'bound.rangeUnit': 'от {minNumber} до {max}',
  'money.nothing': '{zero}',
  'year.min': 'в {min} году или позже',
  'year.max': 'в {max} году или раньше',
  'year.range': 'в {min}–{max} годах',
  'year.exact': 'в {min} году',
  'date.min': '{min} или позже',
  'date.max': '{max} или раньше',
  'date.range': 'с {min} по {max}',
  'date.exact': '{min}',
  'count.min':
    '{min, plural, =1 {хотя бы {gender, select, f {одна} n {одно} other {один}} {one}} one {не менее # {few}} other {не менее # {many}}}',
  'count.max':
    '{max, plural, =0 {нет {many}} =1 {не более {gender, select, f {одной} other {одного}} {few}} one {не более # {few}} other {не более # {many}}}',
  'count.range': 'от {min, number} до {max, plural, one {# {few}} other {# {many}}}',
  'count.exact':
    '{min, plural, =0 {нет {many}} =1 {ровно {gender, select, f {одна} n {одно} other {один}} {one}} one {ровно # {one}} few {ровно # {few}} many {ровно # {many}} other {ровно # {other}}}',
  'unit.second': '{n, plural, one {# секунда} few {# секунды} many {# секунд} other {# секунды}}',
  'unit.minute': '{n, plural, one {# минута} few {# минуты} many {# минут} other {# минуты}}',
  'unit.hour': '{n, plural, one {# час} few {# часа} many {# часов} other {# часа}}',
  'unit.day': '{n, plural, one {# день} few {# дня} many {# дней} other {# дня}}',
  'unit.week': '{n, plural, one {# неделя} few {# недели} many {# недель} other {# недели}}',
  'unit.month': '{n, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}',
  'unit.year': '{n, plural, one {# год} few {# года} many {# лет} other {# года}}',
  'event.max': '{event} за последние {max}',
  'event.maxOne':
    '{event} за {unit, select, second {последнюю секунду} minute {последнюю минуту} hour {последний час} day {последний день} week {последнюю неделю} month {последний месяц} other {последний год}}',
  'event.exact': 'последний раз {past} {min} назад',
  'event.today': '{event} сегодня',
  'event.min': 'уже не менее {min} не {event}',
  'event.range': 'последний раз {past} {minNumber}–{max} назад',
  clause: '{relative, select, who {которые {body}} whose {у которых {body}} other {у которых {body}}}',
  'body.whose': '{label} — {value}',
  'body.factYes': '{label} — да',
  'body.factNo': '{label} — нет',
  'sentence.all': 'Все клиенты.',
  'sentence.customers': 'Клиенты, {clauses}.',
  'compare.count': 'у них {strong, select, yes {гораздо } other {}}{direction, select, higher {больше} other {меньше}} {many} ({figures})',
  'compare.plural':
    '{label} у них {strong, select, yes {гораздо } other {}}{direction, select, higher {больше} other {меньше}} ({figures})',
  'compare.level': '{label} у них {strong, select, yes {гораздо } other {}}{direction, select, higher {выше} other {ниже}} ({figures})',
  'compare.time': '{label} у них {direction, select, higher {позже} other {раньше}} ({figures})',
  'compare.more': '{strong, select, yes {гораздо } other {}}{direction, select, higher {больше} other {меньше}}',
  'compare.later': '{direction, select, higher {позже} other {раньше}}',
  'compare.age': '{direction, select, higher {старше} other {моложе}} ({figures})',
  'compare.recency': '{direction, select, higher {дольше не {event}} other {{event} недавно}} ({figures})',
  'compare.longer': '{label} у них {direction, select, higher {длиннее} other {короче}} ({figures})',
  'compare.fact': '{yes} {strong, select, yes {гораздо } other {}}{direction, select, higher {чаще} other {реже}} ({group} против {rest})',
  'compare.factGeneric':
    '{strong, select, yes {гораздо } other {}}{direction, select, higher {чаще} other {реже}} отмечены «да» в поле «{label}» ({group} против {rest})',
  'compare.category':
    '{label} «{level}» у них встречается {strong, select, yes {гораздо } other {}}{direction, select, higher {чаще} other {реже}} ({group} против {rest})',
  'compare.verb': '{clause} ({figures})',
  'figures.median': 'медиана {group} против {rest}',
  'figures.mean': 'в среднем {group} против {rest}',
  'tag.count': '{direction, select, higher {больше} other {меньше}} {many}',
  'tag.level':
    '{direction, select, higher {{gender, select, f {высокая} n {высокое} p {высокие} other {высокий}}} other {{gender, select, f {низкая} n {низкое} p {низкие} other {низкий}}}} {label}',
  'tag.time':
    '{direction, select, higher {{gender, select, f {поздняя} n {позднее} p {поздние} other {поздний}}} other {{gender, select, f {ранняя} n {раннее} p {ранние} other {ранний}}}} {label}',
  'tag.fact': '{direction, select, higher {часто} other {редко}} {yes}',
};
