/**
 * Spanish catalogue: the same keys as messages-en.ts, ICU MessageFormat, nothing but messages.
 * Extra arguments the code passes for grammar (see catalogue.ts, GRAMMAR_ARGUMENTS): {gender} of a
 * translated label or counted noun (m, f, mp, fp; other = masculine), {past} (preterite of an
 * event, "compraron"; {event} is its participle, "comprado"), {zero} (an amount of nothing,
 * "0 €"), {unit} (the duration's unit).
 */
export const MESSAGES_ES: Readonly<Record<string, string>> = {
  // "many" is CLDR's form for round millions: "1.000.000 de clientes".
  'count.customers': '{n, plural, one {{count} cliente} many {{count} de clientes} other {{count} clientes}}',
  'bound.min': 'al menos {min}',
  'bound.max': 'como máximo {max}',
  'bound.range': 'entre {min} y {max}',
  'bound.exact': 'exactamente {min}',
  'bound.known': '{gender, select, f {conocida} mp {conocidos} fp {conocidas} other {conocido}}',
  'bound.rangeUnit': 'entre {minNumber} y {max}',
  'money.nothing': '{zero}',
  'year.min': 'en {min} o después',
  'year.max': 'en {max} o antes',
  'year.range': 'entre {min} y {max}',
  'year.exact': 'en {min}',
  'date.min': 'el {min} o después',
  'date.max': 'el {max} o antes',
  'date.range': 'entre el {min} y el {max}',
  'date.exact': 'el {min}',
  'count.min': '{min, plural, =1 {con al menos {gender, select, f {una} other {un}} {one}} other {con # o más {other}}}',
  'count.max':
    '{max, plural, =0 {sin {other}} =1 {con no más de {gender, select, f {una} other {un}} {one}} other {con no más de # {other}}}',
  'count.range': 'con entre {min, number} y {max, number} {other}',
  'count.exact':
    '{min, plural, =0 {sin {other}} =1 {con exactamente {gender, select, f {una} other {un}} {one}} other {con exactamente # {other}}}',
  'unit.second': '{n, plural, one {# segundo} other {# segundos}}',
  'unit.minute': '{n, plural, one {# minuto} other {# minutos}}',
  'unit.hour': '{n, plural, one {# hora} other {# horas}}',
  'unit.day': '{n, plural, one {# día} other {# días}}',
  'unit.week': '{n, plural, one {# semana} other {# semanas}}',
  'unit.month': '{n, plural, one {# mes} other {# meses}}',
  'unit.year': '{n, plural, one {# año} other {# años}}',
  'event.max': 'han {event} {unit, select, hour {en las últimas} week {en las últimas} other {en los últimos}} {max}',
  'event.maxOne':
    'han {event} {unit, select, second {en el último segundo} minute {en el último minuto} hour {en la última hora} day {en el último día} week {en la última semana} month {en el último mes} other {en el último año}}',
  'event.exact': '{past} por última vez hace {min}',
  'event.today': 'han {event} hoy',
  'event.min': 'no han {event} desde hace al menos {min}',
  'event.range': '{past} por última vez hace entre {minNumber} y {max}',
  clause:
    '{relative, select, who {que {body}} whose {{gender, select, f {cuya} mp {cuyos} fp {cuyas} other {cuyo}} {body}} other {{body}}}',
  'body.whose': '{label} {plural, select, yes {son} other {es}} {value}',
  'body.factYes': '{label} {plural, select, yes {son} other {es}} «sí»',
  'body.factNo': '{label} {plural, select, yes {son} other {es}} «no»',
  'sentence.all': 'Todos los clientes.',
  'sentence.customers': 'Clientes {clauses}.',
  'compare.count':
    'tienen {strong, select, yes {{gender, select, fp {muchas} f {muchas} other {muchos}} } other {}}{direction, select, higher {más} other {menos}} {other} ({figures})',
  'compare.plural':
    'tienen {strong, select, yes {{gender, select, fp {muchas} f {muchas} other {muchos}} } other {}}{direction, select, higher {más} other {menos}} {label} ({figures})',
  'compare.level':
    '{gender, select, mp {sus} fp {sus} other {su}} {label} {gender, select, mp {son} fp {son} other {es}} {strong, select, yes {mucho } other {}}más {direction, select, higher {{gender, select, f {alta} mp {altos} fp {altas} other {alto}}} other {{gender, select, f {baja} mp {bajos} fp {bajas} other {bajo}}}} ({figures})',
  'compare.time':
    '{gender, select, mp {sus} fp {sus} other {su}} {label} {gender, select, mp {son} fp {son} other {es}} {direction, select, higher {posterior} other {anterior}} ({figures})',
  'compare.more': '{strong, select, yes {mucho } other {}}{direction, select, higher {más} other {menos}}',
  'compare.later': '{direction, select, higher {más tarde} other {antes}}',
  'compare.age': 'son {direction, select, higher {mayores} other {más jóvenes}} ({figures})',
  'compare.recency': '{past} por última vez {direction, select, higher {hace más tiempo} other {más recientemente}} ({figures})',
  'compare.longer':
    '{gender, select, mp {sus} fp {sus} other {su}} {label} {gender, select, mp {son} fp {son} other {es}} más {direction, select, higher {{gender, select, f {larga} mp {largos} fp {largas} other {largo}}} other {{gender, select, f {corta} mp {cortos} fp {cortas} other {corto}}}} ({figures})',
  'compare.fact':
    '{yes} con {strong, select, yes {mucha } other {}}{direction, select, higher {más} other {menos}} frecuencia ({group} frente a {rest})',
  'compare.factGeneric':
    'tienen «sí» en {label} con {strong, select, yes {mucha } other {}}{direction, select, higher {más} other {menos}} frecuencia ({group} frente a {rest})',
  'compare.category':
    'tienen {label} «{level}» con {strong, select, yes {mucha } other {}}{direction, select, higher {más} other {menos}} frecuencia ({group} frente a {rest})',
  'compare.verb': '{clause} ({figures})',
  'figures.median': 'mediana {group} frente a {rest}',
  'figures.mean': 'de media {group} frente a {rest}',
  'tag.count': '{direction, select, higher {más} other {menos}} {other}',
  'tag.level':
    '{label} {direction, select, higher {{gender, select, f {alta} mp {altos} fp {altas} other {alto}}} other {{gender, select, f {baja} mp {bajos} fp {bajas} other {bajo}}}}',
  'tag.time': '{label} {direction, select, higher {posterior} other {anterior}}',
  'tag.fact': '{direction, select, higher {a menudo} other {rara vez}} {yes}',
};
