/**
 * The English sentences the server writes about features, as ICU MessageFormat templates.
 * A translation is another record with the same keys (issue 19: ES, PL, RU); the code picks
 * keys and passes parameters, it never glues words together.
 */
export const MESSAGES_EN = {
  // A number of customers ({n} chooses the form, {count} is n formatted in the language).
  'count.customers': '{n, plural, one {{count} customer} other {{count} customers}}',
  // Bounds of a plain figure ({min}, {max} already formatted).
  'bound.min': 'at least {min}',
  'bound.max': 'at most {max}',
  'bound.range': 'between {min} and {max}',
  'bound.exact': 'exactly {min}',
  'bound.known': 'known',
  'bound.rangeUnit': 'between {minNumber} and {max}',
  'money.nothing': 'nothing',
  'year.min': 'in {min} or later',
  'year.max': 'in {max} or earlier',
  'year.range': 'between {min} and {max}',
  'year.exact': 'in {min}',
  'date.min': 'on or after {min}',
  'date.max': 'on or before {max}',
  'date.range': 'between {min} and {max}',
  'date.exact': 'on {min}',
  // Counts: the number decides the noun's form ({min}, {max} are numbers here).
  'count.min': '{min, plural, =1 {at least one {one}} other {# or more {other}}}',
  'count.max': '{max, plural, =0 {no {other}} =1 {at most one {one}} other {at most # {other}}}',
  'count.range': '{min, number} to {max, number} {other}',
  'count.exact': '{min, plural, =0 {no {other}} =1 {exactly one {one}} other {exactly # {other}}}',
  // Durations ({n} a number).
  'unit.second': '{n, plural, one {# second} other {# seconds}}',
  'unit.minute': '{n, plural, one {# minute} other {# minutes}}',
  'unit.hour': '{n, plural, one {# hour} other {# hours}}',
  'unit.day': '{n, plural, one {# day} other {# days}}',
  'unit.week': '{n, plural, one {# week} other {# weeks}}',
  'unit.month': '{n, plural, one {# month} other {# months}}',
  'unit.year': '{n, plural, one {# year} other {# years}}',
  // Time since an event: {event} is a past participle ("bought").
  'event.max': 'have {event} within the last {max}',
  'event.maxOne':
    'have {event} within the last {unit, select, second {second} minute {minute} hour {hour} day {day} week {week} month {month} other {year}}',
  'event.exact': 'last {event} {min} ago',
  'event.today': 'have {event} today',
  'event.min': 'have not {event} for at least {min}',
  'event.range': 'last {event} {minNumber} to {max} ago',
  // One condition after "Customers …": a relative word and a body ({label} mid-sentence, {plural} "yes" for a plural noun).
  clause: '{relative, select, who {who {body}} whose {whose {body}} other {with {body}}}',
  'body.whose': '{label} {plural, select, yes {are} other {is}} {value}',
  'body.factYes': '{label} is yes',
  'body.factNo': '{label} is no',
  'sentence.all': 'All customers.',
  'sentence.customers': 'Customers {clauses}.',
  // Comparisons with everyone else ({figures} like "median 383 vs 107").
  'compare.count': 'have {strong, select, yes {far } other {}}{direction, select, higher {more} other {fewer}} {other} ({figures})',
  'compare.plural': 'have {strong, select, yes {far } other {}}{direction, select, higher {more} other {fewer}} {label} ({figures})',
  'compare.level': 'have a {strong, select, yes {far } other {}}{direction, select, higher {higher} other {lower}} {label} ({figures})',
  'compare.time': 'have {direction, select, higher {a later} other {an earlier}} {label} ({figures})',
  'compare.more': '{strong, select, yes {far } other {}}{direction, select, higher {more} other {less}}',
  'compare.later': '{direction, select, higher {later} other {earlier}}',
  'compare.age': 'are {direction, select, higher {older} other {younger}} ({figures})',
  'compare.recency': 'last {event} {direction, select, higher {longer ago} other {more recently}} ({figures})',
  'compare.longer': 'have a {direction, select, higher {longer} other {shorter}} {label} ({figures})',
  'compare.fact': '{yes} {strong, select, yes {far } other {}}{direction, select, higher {more} other {less}} often ({group} vs {rest})',
  'compare.factGeneric':
    'are {strong, select, yes {far } other {}}{direction, select, higher {more} other {less}} often marked yes for {label} ({group} vs {rest})',
  'compare.category':
    '{strong, select, yes {far } other {}}{direction, select, higher {more} other {less}} often have {label} “{level}” ({group} vs {rest})',
  'compare.verb': '{clause} ({figures})',
  'figures.median': 'median {group} vs {rest}',
  'figures.mean': 'on average {group} vs {rest}',
  // Short tags (segment names, region captions).
  'tag.count': '{direction, select, higher {more} other {fewer}} {other}',
  'tag.level': '{direction, select, higher {high} other {low}} {label}',
  'tag.time': '{direction, select, higher {late} other {early}} {label}',
  'tag.fact': '{direction, select, higher {often} other {rarely}} {yes}',
} as const;

export type MessageKey = keyof typeof MESSAGES_EN;
