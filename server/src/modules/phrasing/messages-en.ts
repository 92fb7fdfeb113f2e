/**
 * The English sentences the server writes about features, as ICU MessageFormat templates.
 * A translation is another record with the same keys (issue 19: ES, PL, RU); the code picks
 * keys and passes parameters, it never glues words together.
 */
import { MESSAGES_AUDIT_EN } from './messages-audit-en.js';
import { MESSAGES_JOBS_EN } from './messages-jobs-en.js';

export const MESSAGES_EN = {
  // Background work (imports, training, segmentation) and the audit trail: their own files.
  ...MESSAGES_JOBS_EN,
  ...MESSAGES_AUDIT_EN,
  // One customer's reasons (customers/reasons-text.ts).
  // One customer's value as a fact starting a reason (phrasing/customer-fact.ts).
  'fact.value': '{label} ({value})',
  'fact.unknown': '{label} (unknown)',
  'fact.yesNo': '{label} ({answer, select, yes {yes} other {no}})',
  'fact.count': '{n, plural, =0 {Has no {other}} one {Has # {one}} other {Has # {other}}}',
  'fact.event': '{when, select, today {{past} today} other {{past} {ago} ago}}',
  // The smallest change that would make a customer likely (customers/counterfactual-text.ts).
  'cf.event':
    '{sooner, select, yes {{when, select, today {they {past} again today} other {they {past} again within {ago}}}} other {their last purchase was {ago} ago}}',
  'cf.count': '{n, plural, =0 {they had no {other}} one {they had # {one}} other {they had # {other}}}',
  'cf.value': 'their {label} {plural, select, yes {were} other {was}} {value}',
  'cf.sentence': 'If {changes}, their chance would rise from {from} to {to}.',
  'cf.closest':
    'No change of up to three features a campaign can change makes this customer likely to respond (the model’s threshold is {threshold}). The closest: if {changes}, their chance would rise from {from} to {to}.',
  'cf.nothing': 'No change of the features a campaign can change raises this customer’s chance.',
  'cf.already': 'This customer is already likely to respond: {probability} is at or above the model’s threshold of {threshold}.',
  'cf.noActionable': 'None of the features this model uses is marked as one a campaign can change; mark them on the Data page.',
  'reasons.headline': 'Predicted chance of responding: {probability} (the average customer: {average}).',
  'reasons.for': 'Reasons for:',
  'reasons.noneFor': 'Nothing raises the chance above the average customer’s.',
  'reasons.against': 'Reasons against:',
  'reasons.noneAgainst': 'Nothing lowers the chance below the average customer’s.',
  'reasons.reason': '{value}: {direction, select, up {raises} other {lowers}} the chance by {points}',
  'reasons.line': '- {reason}.',
  'reasons.points': '{kind, select, less {less than 1 point} other {about {count} {n, plural, one {point} other {points}}}}',
  'reasons.logOdds':
    'Points are approximate: this model adds its reasons up on a log-odds scale, so each figure is how far the chance would move without that reason alone.',
  // Error messages a user sees (raised in English; error-text.ts writes them in the reader's language).
  'error.signIn': 'Please sign in to continue.',
  'error.forbidden': 'Your role does not allow this. Ask an administrator for access.',
  'error.notFound':
    '{thing, select, dataset {The dataset} dataset_to_append_to {The dataset to append to} model {The model} trained_model {The trained model} model_dataset {The model’s dataset} segmentation {The segmentation} scored_list {The scored list} training_run {The training run} user {The user} other {It}} was not found. It may have been deleted.',
  'error.newPassword': 'Please choose a new password first.',
  'error.internal': 'Something went wrong on our side. Please try again; if it keeps happening, tell your administrator.',
  'error.badLogin': 'Email or password is not right.',
  'error.disabled': 'This account is disabled. Ask your administrator to enable it again.',
  'error.topN': 'Choose between 1 and {max} drivers (you asked for {asked}).',
  'error.noExplanations': 'This model has no explanations yet, so no target group can be described. Retrain it.',
  'error.import.empty': 'The file is empty: it has no header line and no data.',
  'error.import.unterminated':
    'Line {line} opens a quoted value (") that is never closed, so the rest of the file cannot be read. Add the missing closing quote on that line.',
  'error.import.changed': 'The file changed while it was being imported (its header is different now). Upload it again.',
  'error.import.twoValues': 'The target column "{column}" must have exactly two values (like yes/no or 1/0); it has {count}.',
  'error.import.interrupted': 'The server stopped while this import was running. Nothing was loaded; please upload the file again.',
  'error.import.crashed': 'Something went wrong on our side while importing. Nothing was loaded; please try again.',
  'error.import.delimiter': 'The delimiter must be one of , ; | or tab.',
  // Headers the app adds to exported CSV files (the file's own column names stay as they are).
  'error.segmentNotFound': 'Segment {n, number} was not found. It may have been deleted.',
  'error.columnNotFound': 'The column “{column}” was not found. It may have been deleted.',
  'error.throttle': 'Too many attempts. Try again in {minutes, plural, one {# minute} other {# minutes}}.',
  'error.lastAdmin': '{email} is the last active administrator. Make someone else an administrator first.',
  'error.currentPassword': 'Your current password is not right.',
  'error.samePassword': 'The new password must differ from the current one.',
  'error.password.short': 'A password needs at least {min, number} characters.',
  'error.password.long': 'A password can have at most {max, number} characters.',
  'error.password.email': 'A password cannot be your email address.',
  'error.password.common': 'This password is one of the most common ones and easy to guess. Please choose another.',
  'error.password.repeated': 'A password cannot be one character repeated.',
  'error.notEmail': '“{email}” is not an email address.',
  'error.emailTaken': 'A user with the email {email} already exists.',
  'error.noTarget': 'Choose which column says whether a customer responded (the target) on the Data page before training.',
  'error.unknownAlgorithm': 'Unknown algorithm: {list}.',
  'error.memory':
    'This dataset needs about {needed} to train; the server allows {allowed}: set MAX_TRAINING_MEMORY_MB or train on a sample.',
  'error.trainingFinished': 'This training has already finished, so there is nothing to cancel.',
  'error.noCurve': 'This model has no response curve for “{feature}”. Pick one of the features listed under feature importance.',
  'error.ai.notSetUp':
    'Rewriting with AI is not set up on this server: an administrator sets LLM_API_URL and LLM_API_KEY (an OpenAI-compatible endpoint).',
  'error.ai.unreachable': 'The AI service could not be reached. The brief is unchanged; try again later.',
  'error.ai.status': 'The AI service answered with an error (HTTP {status}). The brief is unchanged.',
  'error.ai.empty': 'The AI service gave no text back. The brief is unchanged.',
  'error.segmentation.unfinished': 'This segmentation has not finished, so it has no members yet.',
  'error.segmentation.running': 'A segmentation of this dataset is already running. Wait for it to finish, then run another.',
  'error.segmentation.finished': 'This segmentation has already finished, so there is nothing to cancel.',
  'error.briefTooLong': 'A brief can be at most {max, number} characters long.',
  'error.wholeNumber': '{name} must be a whole number from {min, number} to {max, number} (got {value}).',
  'error.scaling': 'Scaling must be “standard” or “robust” (got “{value}”).',
  'error.eps': 'The DBSCAN radius (eps) must be above 0.',
  'error.noColumns': 'Choose at least one column to segment on.',
  'error.dbscanK': 'DBSCAN finds the number of segments itself; leave k empty or use k-means.',
  'error.rfmK': 'RFM scores give a fixed set of named segments; leave k empty or use k-means.',
  'error.rfmFeatures': 'RFM scores are built from recency, frequency and monetary value: choose the RFM features.',
  'error.audit.adminsOnly': 'Only administrators can export the audit trail.',
  'error.notDate': '“{value}” is not a date (use 2026-01-31 or 2026-01-31T12:00:00Z).',
  'error.notAuditAction': '“{value}” is not an audit action.',
  'error.actorId': 'actorId must be a user id.',
  'error.entriesPage': 'Ask for between 1 and {max, number} entries at a time.',
  'error.negativeOffset': 'The offset cannot be negative.',
  'error.tooManyValues': 'At most {max, number} values can be explained at once.',
  'error.modelColumn': 'The model does not use the column “{column}”.',
  'error.trainingCustomersGone': 'The model’s training customers are no longer in the dataset; retrain the model.',
  'error.import.importersOnly': 'Only importers and administrators can upload data.',
  'error.import.again': 'This file was already imported into “{dataset}” on {date}. It was not imported twice.',
  'error.import.againAs': 'This file was already imported into “{dataset}” on {date} (as {file}). It was not imported twice.',
  'error.upload.tooLarge': 'The file is larger than the limit of {size}. Split it into smaller files and import them one after another.',
  'error.upload.mediaType': 'Send the file as CSV (Content-Type: text/csv), not as {type}.',
  'error.upload.empty': 'The file is empty. Choose a CSV file with a header row and at least one customer.',
  'error.upload.interrupted': 'The upload was interrupted before the whole file arrived. Nothing was imported; please try again.',
  'error.upload.form': 'The upload form could not be read. Send the CSV file as the request body.',
  'error.upload.noFile': 'The upload form has no file in it.',
  'error.param.once': 'The parameter “{name}” must be given once, as text.',
  'error.param.long': 'The parameter “{name}” is too long (at most {max, number} characters).',
  'error.onInvalid': 'onInvalid must be “reject” or “skip”.',
  'error.onDuplicate': 'onDuplicate must be “skip” or “replace”.',
  'error.label.empty': 'A column label cannot be empty.',
  'error.label.long': 'A column label can have at most 120 characters.',
  'error.targetStaysBinary': 'The target column must stay a yes/no (BINARY) column.',
  'error.campaignNotBinary': '“{label}” is not a yes/no column, so it cannot be a past campaign’s outcome.',
  'error.targetNotBinary': '“{label}” is not a yes/no column, so it cannot be the target.',
  'error.datasetName': 'A dataset name needs 1 to 120 characters.',
  'error.costs': 'Costs and values must be zero or more.',
  'error.currency': '“{value}” is not a currency code (such as EUR, USD or GBP).',
  'error.notRegion': '“{name}” is not a region column. Set it as one on the Data page first.',
  'error.otherSegmentation': 'That segmentation is not one of this dataset’s.',
  'error.regionValue': 'A region must be COUNTRY, STATE, POSTAL_CODE or NONE (got “{value}”).',
  'error.scoring.stillRunning': 'This list is still being scored. Wait until it has finished, then delete it.',
  'error.scoring.failed': 'This list could not be scored, so there is nothing to download. See why on the Score a list page.',
  'error.scoring.notDone': 'This list is still being scored. Try again when it has finished.',
  'error.scoring.rolesOnly': 'Only analysts, importers and administrators can score a list.',
  'error.scoring.top': '“top” must be a whole percentage between 1 and 100.',
  'error.scoring.decile': 'The decile must be between 1 and 10.',
  'error.scoring.rows': 'Ask for 1 to {max, number} rows from offset 0 or more.',
  'error.searchTooLong': 'The search is too long (at most 200 characters).',
  'error.conditions.unreadable': 'The conditions could not be read.',
  'error.conditions.list': 'The conditions must be a list.',
  'error.conditions.feature': 'Each condition needs a feature.',
  'error.minGroup': 'The minimum group size must be between 0% and 100% of customers.',
  'error.capacity': 'The capacity must be at least one customer.',
  'error.notFeature': '“{feature}” is not a feature of this model.',
  'error.bounds': 'The lower bound of “{feature}” is above its upper bound.',
  'error.chooseValue': 'Choose at least one value for “{feature}”.',
  'error.noTargetColumn': 'This dataset has no target column.',
  'error.restarting': 'The server is restarting and takes no new work. Please try again in a minute.',
  'error.noEndpoint': 'There is no such API endpoint.',
  'error.requestTooLarge': 'The request is too large.',
  'error.badRequest': 'The request could not be read.',
  'error.phrasing.kind': '“{kind}” is not a kind of feature ({kinds}).',
  'error.phrasing.count': 'A count needs what it counts, in the singular and the plural (“child at home”, “children at home”).',
  'error.phrasing.unit': '“{unit}” is not a unit of time ({units}).',
  'error.phrasing.value': "A phrase needs '{value}' where the figure goes, for example “spent '{value}' on wine”.",
  'error.phrasing.braces': "A phrase can use '{value}' and no other braces.",
  'error.phrasing.long': 'Keep each phrase under 120 characters.',
  'error.modelOutdated': 'This model no longer fits the dataset’s columns ({reason}). Retrain it.',
  'error.phrasing.level': 'Each level needs what it says about a customer (“are married”), or leave the level out.',
  'error.job.trainingStopped': 'The server stopped while this training was running. The previous models stay active; start training again.',
  'error.job.trainingGaveUp':
    'Training failed {tries} times because of an error on our side, so it was stopped. The previous models stay active.',
  'error.job.trainingCancelled': 'Cancelled by {who}. The previous models stay active.',
  'error.job.trainingLost':
    'Training stopped because the connection to the database was lost. The previous models stay active; start training again.',
  'error.job.trainingNoTarget': 'The dataset was deleted or has no target column any more.',
  'error.job.segmentationStopped': 'The server stopped while this segmentation was running. Run it again.',
  'error.job.segmentationGaveUp':
    'The segmentation failed {tries} times because of an error on our side, so it was stopped. Earlier segmentations are unchanged.',
  'error.job.segmentationCancelled': 'Cancelled by {who}. Earlier segmentations are unchanged.',
  'error.job.segmentationLost':
    'The segmentation stopped because the connection to the database was lost. Earlier segmentations are unchanged; run it again.',
  'error.job.datasetDeleted': 'The dataset was deleted.',
  'error.job.scoringStopped': 'The server stopped while this list was being scored. Nothing was kept; please upload the list again.',
  'error.job.scoringCrashed': 'Something went wrong on our side while scoring this list. Nothing was kept; please try again.',
  'error.job.scoringLost': 'The connection to the database was lost while scoring this list. Nothing was kept; please try again.',
  'csv.row': 'row',
  'csv.predictedProbability': 'predicted_probability',
  'csv.segment': 'segment',
  'csv.segmentName': 'segment_name',
  // A number of customers ({n} chooses the form, {count} is n formatted in the language).
  'count.customers': '{n, plural, one {{count} customer} other {{count} customers}}',
  'count.contacts': '{n, plural, one {{count} contact} other {{count} contacts}}',
  'count.matchingCustomers': '{n, plural, one {{count} matching customer} other {{count} matching customers}}',
  'count.times': '{n, plural, one {{count} time} other {{count} times}}',
  // The written target-group description (target-groups/describe.ts), paragraph by paragraph.
  'describe.head.who': 'Who to contact next time.',
  'describe.head.howMany': 'How many.',
  'describe.head.respond': 'How they respond.',
  'describe.head.apart': 'What else sets them apart.',
  'describe.head.worth': 'What it is worth.',
  'describe.head.sure': 'How sure we are.',
  'describe.noGroup':
    'No combination of the strongest drivers picks out a group{hasMin, select, yes { of at least {min} of the customers} other {}} that responds better than average, so there is no target group to recommend; the figures below are for all customers.',
  'describe.howMany': '{customers}, {share} of the base.',
  'describe.noMatch':
    'No customer matches all of these conditions, so there is nothing to measure: loosen a condition or ask for fewer drivers.',
  'describe.rate': '{about, select, yes {about } other {}}{count} in {per}',
  'describe.lift':
    '{kind, select, same {about the same as the base rate} below {below the base rate ({lift} times it)} other {{lift} times the base rate}}',
  'describe.responded': '{count} of them responded to the last campaign: {rate}, against {base} across all customers — {lift}.',
  'describe.noneResponded': 'None of them responded to the last campaign, against {base} across all customers.',
  'describe.oneCustomer':
    'The one customer {responded, select, yes {responded} other {did not respond}} to the last campaign, against {base} across all customers; one customer is too few to judge.',
  'describe.noHoldout': 'None of the customers the model never saw in training match, so there is no held-out check.',
  'describe.holdout':
    'On the customers the model never saw in training, {responders} of {customers} responded ({rate} against {base}, {lift}).',
  'describe.predicted': 'The model gives them an average response probability of {probability}.',
  'describe.apart': 'Compared with the other customers, they {list}.',
  'describe.outcome': '{kind, select, even {break even} earn {earn about {amount}} other {lose about {amount}}}',
  'describe.groupOutcome': '{kind, select, even {breaks even} earn {earns about {amount}} other {loses about {amount}}}',
  'describe.money':
    'At {cost} per contact and {value} per response, {group, select, yes {contacting this group {groupOutcome}; } other {}}contacting everyone would {outcome}.',
  'describe.bestList':
    'The most profitable list is the {whole, select, yes {whole base} other {{k}% of customers the model rates highest}} ({contacts}), which would {outcome}.',
  'describe.resampled': "Resampling the customers {times}, the group's lift stays between {low} and {high} (95% of resamples).",
  'describe.cameBack': '{label} in {count} of {total}',
  'describe.broughtBack': 'A fresh search on each resample brought {n, plural, one {the condition} other {the conditions}} back ({list}).',
  'describe.caution': 'Treat this group with caution: {reasons}.',
  'describe.fewCustomers': 'With only {customers} the response rate is a rough guide.',
  'describe.disagree':
    'The models disagree on which way {label} {plural, select, yes {move} other {moves}} the response, so that condition is less certain.',
  'describe.caveat':
    'These are associations in past data, not causes: a campaign aimed at this group is a well-founded bet, not a guarantee.',
  // Why a target group is unstable (target-groups/stability.ts), joined after "Treat this group with caution:".
  'stability.condition': 'the condition on {label} came back in only {count} of {total} resamples',
  'stability.lowLift': 'the lift could be as low as {lift}, barely above the base rate',
  'stability.empty': 'in some resamples the group had no customers or no responders',
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
  // withAfterWho: a with-clause among who-clauses reads "who have …" ("who have bought … and who have no teenagers at home").
  clause: '{relative, select, who {who {body}} whose {whose {body}} withAfterWho {who have {body}} other {with {body}}}',
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
  // A Drivers region with its predicted response and which customers its count is of.
  'region.caption':
    '{who}: {rate} predicted to respond{counted, select, yes { ({customers} of the {n, plural, one {{total} customer} other {{total} customers}} held out from training)} other {}}.',
  // ---- Segments page (issue 18): names, descriptions, briefs, how k / eps were chosen, warnings. ----
  'segment.size': '{size, plural, one {# customer} other {# customers}} ({share})',
  'segment.withMedians': '{head}: median {parts}.',
  'segment.plain': '{head}.',
  'segment.median.recency': '{event, select, none {last activity} other {last {event}}} {group} ago (all customers: {all})',
  'segment.median.frequency': '{group, plural, one {# purchase} other {# purchases}} ({all, number})',
  'segment.median.monetary': 'spend {group} ({all})',
  'segment.compared': 'Compared with all customers, they {differences}.',
  'segment.alike': 'On the other features they are much like all customers.',
  'segment.rfmDescription': '{rule}. {description}',
  'segment.dateDifference':
    '{verb, select, none {have {direction, select, higher {an earlier} other {a later}} {label}} other {{verb}}} (on average {days, plural, one {# day} other {# days}} {direction, select, higher {earlier} other {later}})',
  // Names of k-means and DBSCAN segments from their RFM position ({first}/{second} adjectives, {noun} the kind of buyer).
  'name.rfm':
    '{first, select, recent {recent } lapsed {lapsed } loyal {loyal } occasional {occasional } steady {steady } other {}}{second, select, recent {recent } lapsed {lapsed } loyal {loyal } occasional {occasional } steady {steady } other {}}{noun, select, big {big spenders} mid {mid spenders} low {low spenders} oneTime {one-time buyers} frequent {frequent buyers} occasional {occasional buyers} regular {regular buyers} other {customers}}',
  'name.withFeature': '{name} ({feature})',
  'name.twoFeatures': '{first}, {second}',
  'name.numbered': '{name} {n, number}',
  'name.segment': 'Segment {n, number}',
  // Classic RFM segments and their R/F score rules.
  'rfm.name':
    '{segment, select, champions {Champions} loyal {Loyal customers} potentialLoyalists {Potential loyalists} new {New customers} promising {Promising} needAttention {Need attention} aboutToSleep {About to sleep} atRisk {At risk} cannotLose {Cannot lose them} hibernating {Hibernating} other {Lost}}',
  'rfm.rule':
    '{segment, select, champions {R 5, F 4-5: bought very recently and buy most often} loyal {R 3-4, F 4-5: buy often and not long ago} potentialLoyalists {R 4-5, F 2-3: recent customers with a few purchases} new {R 5, F 1: bought very recently, for the first time or nearly} promising {R 4, F 1: recent, but have bought very little} needAttention {R 3, F 3: average recency and frequency} aboutToSleep {R 3, F 1-2: not very recent, few purchases} atRisk {R 1-2, F 3-4: bought fairly often, but long ago} cannotLose {R 1-2, F 5: bought most often, but long ago} hibernating {R 1-2, F 1-2 (but not both 1): long ago and seldom} other {R 1, F 1: longest ago and least often}}',
  'rfm.reason':
    'Recency, frequency and monetary value are each scored 1 to 5 by quintile (5 = most recent, most purchases, highest spend; equal values share a score), and every customer is placed by their recency and frequency scores in one of the usual named RFM segments.',
  // Message briefs, one line each.
  'brief.tone':
    '{tone, select, winBackValued {Tone: personal win-back for valued customers: recognise their past loyalty, invite them back with something exclusive.} premium {Tone: premium and appreciative: thank them, lead with quality, novelty and exclusivity rather than price.} winBack {Tone: warm win-back: remind them what they liked and give one clear reason to come back now.} value {Tone: simple and value-focused: lead with price, practical benefits and a low-commitment first step.} timely {Tone: friendly and timely: build on their recent purchase with a relevant next step.} other {Tone: friendly and informative: highlight what is new and useful for them.}}',
  'brief.products': 'Products they favour: {list}.',
  'brief.productsLikeAll': 'Products: like most customers, mostly {list}.',
  'brief.product': '{product} ({share} of their spend, {all} for all customers)',
  'brief.productShare': '{product} ({share} of their spend)',
  'brief.channel':
    'Channel: they buy mostly {channel} ({share} of their purchases); reach them there first.{deals, select, more { They buy on discount more than most: a deal will get attention.} fewer { They rarely buy on discount: do not lead with price cuts.} other {}}',
  'brief.offerTooFew':
    'Offer: too few customers to tell which past campaigns worked for them (only {size, plural, one {# customer} other {# customers}} in this segment); treat them like the closest larger segment.',
  'brief.offerNone':
    'Offer: past campaigns worked no better for them than for others (best: {campaign}, {rate} accepted{same, select, yes {, the same as overall} other { vs {overall} overall}}); test a new kind of offer on a small group first.',
  'brief.offerWorked': 'Offer: reuse what worked for them: {list}.',
  'brief.offerFirst': '{campaign} ({rate} accepted vs {overall} overall)',
  'brief.offerNext': '{campaign} ({rate} vs {overall})',
  'brief.targetWhere': 'the target group described on the Target group page ({description})',
  'brief.targetNone': "Target group: none of them are in {where}; the next campaign's offer is not aimed at them.",
  'brief.targetAll':
    "Target group: {customers, plural, one {the one customer is} other {all # of them are}} in {where}: lead with the next campaign's offer.",
  'brief.targetMost':
    "Target group: {customers, number} of them ({share}) {customers, plural, one {is} other {are}} in {where}: lead with the next campaign's offer.",
  'brief.targetSome':
    "Target group: {customers, number} of them ({share}) {customers, plural, one {is} other {are}} in {where}: lead with the next campaign's offer for {customers, plural, one {that customer} other {those #}}; keep the message above for the rest.",
  // How the number of segments and DBSCAN's settings were chosen; warnings.
  'k.asked': 'k = {k, number}, as asked.',
  'k.range': '{from, number} to {to, number} segments',
  'k.whereEligible': 'among {range} in which every segment holds at least {minShare} of the customers',
  'k.whereNone': 'among {range} (no number of segments kept every segment at {minShare} of the customers or more)',
  'k.best': 'k = {k, number}: the best-separated grouping (silhouette {silhouette}) {where}.',
  'k.tie':
    'k = {k, number}: {where}, k = {top, number} separates best (silhouette {topSilhouette}) and k = {k, number} almost as well ({silhouette}, within {tolerance}): a difference that small is noise, so the finer split wins.',
  'k.excluded':
    '{count, plural, one {k = {list} was} other {k = {list} were}} left out: a segment would hold under {minShare} of the customers.',
  'k.leftOutFew': 'Left out: fewer than {kMin, number} segments are rarely something to act on; ask for k = {k, number} to see them.',
  'k.leftOutSize': 'Left out: a segment would hold only {share} of the customers (under {minShare}).',
  'k.two': 'Two segments separate better (silhouette {silhouette}) but are rarely something to act on; ask for k = 2 to see them.',
  'dbscan.asked': 'eps = {eps} and minPts = {minPts, number}, as asked.',
  'dbscan.how':
    'minPts {minPts} (about 2 and 4 per column), eps at the knee and at the 50th to 95th percentiles of each customer’s distance to its minPts-th neighbour',
  'dbscan.found':
    'eps = {eps}, minPts = {minPts, number}: of the settings tried ({how}), the best-separated (silhouette {silhouette}) that gives {clusters, number} groups, none over {maxLargest} of the customers, none under {minSmallest}, with at most {maxNoise} left over as outliers.',
  'dbscan.notFound':
    'DBSCAN found no dense groups of useful size in these customers: none of the settings tried ({how}) gave two or more groups without one holding over {maxLargest} of the customers, a group under {minSmallest} or over {maxNoise} outliers. Shown: eps = {eps} (the knee), minPts = {minPts, number}. {kmeans} suits these customers better.',
  'warning.noGroups':
    'DBSCAN found no dense groups of useful size in these customers (see how eps and minPts were chosen above). Try {kmeans}.',
  'warning.allNoise':
    'No dense group was found: every customer is an outlier at these settings.{suggest, select, yes { Try {kmeans}, which always splits customers into groups of useful size.} other {}}',
  'warning.giant':
    'One segment holds {share} of the customers, so the segmentation says little about how they differ.{suggest, select, yes { Try {kmeans}, which always splits customers into groups of useful size.} other {}}',
  'warning.tiny':
    '{count, plural, one {One segment has} other {# segments have}} fewer than {min, number} customers: too few to tell how they answer campaigns, so their briefs give no campaign advice.{suggest, select, yes { Try {kmeans}, which always splits customers into groups of useful size.} other {}}',
  'warning.noise':
    '{noise, plural, one {# customer} other {# customers}} ({share}) fit no segment.{suggest, select, yes { Try {kmeans}, which always splits customers into groups of useful size.} other {}}',
} as const;

export type MessageKey = keyof typeof MESSAGES_EN;
