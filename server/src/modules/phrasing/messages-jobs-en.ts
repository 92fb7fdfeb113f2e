/**
 * English messages about background work: what the importer says about a rejected or partly read
 * file and why it read each column as it did, an import's outcome, the Activity page's summaries,
 * and why a training or segmentation could not run. Part of messages-en.ts (one catalogue; this
 * file keeps it readable). `import.*` and `error.*` texts are stored in English and written again
 * in the reader's language when read (error-text.ts), so a template's English must stay the text
 * the code stores.
 */
export const MESSAGES_JOBS_EN = {
  // A file the importer cannot read at all.
  'import.binary':
    'This file does not look like a CSV text file (it contains binary data). Export the data from your spreadsheet as "CSV (comma delimited)" or "CSV UTF-8" and upload that file.{found, select, nul { (A NUL byte was found at byte {at, number}.)} controls { ({count, number} control characters were found.)} other {}}',
  'import.utf16': 'This file is saved as UTF-16 text, which the importer does not read. Save it as "CSV UTF-8" and upload it again.',
  'import.blankHeader':
    'Line {line} should hold the column names but has none, only separators and spaces. Put the column names in the first line and upload the file again.',
  'import.tooManyColumns':
    'The header has {count, number} columns; at most {max, number} can be imported. Remove the columns you do not need and upload the file again.',
  'import.recordTooLarge':
    'The row starting on line {line} is longer than {max, number} characters, so reading stopped. This usually means a quote (") on that line is never closed.',
  'import.badQuote':
    'Line {line} has a quoted value followed by more text before the next separator. Put the whole value in quotes and write any quote inside it twice ("").',
  'import.parseError': 'The file could not be read as CSV near line {line}: {detail}',
  'import.noDataRows': 'The file has a header but no data rows.',
  'import.noReadableRows':
    'The file has a header but no data rows. {count, plural, one {Its one row could not be read} other {None of its # rows could be read}}; the first problem: {problem}',
  'import.noCustomerRows': 'The file has a header but no customer rows, so there was nothing to import.',
  'import.rowsRejected':
    '{count, plural, one {One row has a value that does not fit its column} other {# rows have values that do not fit their columns}}, so nothing was imported. Fix the rows listed below, or import again and choose to skip rows with problems.',
  'import.noIdColumn': 'There is no column "{name}" to use as the identifier. The columns are: {list}.',
  'import.noTargetColumn': 'There is no column "{name}" to use as the target. The columns are: {list}.',
  'import.positiveNotLevel':
    'The target column "{column}" has the values "{first}" and "{second}", not "{positive}". Choose one of them as the positive value.',
  'import.twoValuesOver':
    'The target column "{column}" must have exactly two values (like yes/no or 1/0); it has more than {count, number}.',
  'import.appendColumns':
    'This file does not have the same columns as the dataset: {missing, select, none {} other {it lacks {missingCount, plural, one {the column} other {the columns}} {missing}}}{both, select, yes {; and } other {}}{extra, select, none {} other {it has {extraCount, plural, one {a column} other {columns}} the dataset does not have: {extra}}}. Nothing was imported.',
  'error.import.lost': 'The connection to the database was lost while importing. Nothing was loaded; please try again.',
  // One rejected row (line numbers as the file counts them).
  'import.rowWidth':
    'Line {line} has {count, plural, one {# value} other {# values}} but the header has {width, plural, one {# column} other {# columns}}.',
  'import.fieldTooLong': 'Line {line}: the value in column {column} is {length, number} characters long; the limit is {max, number}.',
  'import.notNumber':
    'Line {line}: "{value}" is not a number (column {column}).{comma, select, yes { This column writes decimals with a comma, like 1,5.} other {}}',
  'import.notDate': 'Line {line}: "{value}" is not a date written as {pattern} (column {column}).',
  'import.notLevel': 'Line {line}: "{value}" is not one of the column\'s two values, "{first}" or "{second}" (column {column}).',
  // Header names the importer had to change (the import went on).
  'import.header.unnamed': 'Column {position} has no name in the header; it is called "{name}".',
  'import.header.cut':
    'The header of column {position} is {length, number} characters long; it was cut to the first {max, number}: "{name}".',
  'import.header.cleaned':
    'The header of column {position} contained characters that are not allowed (markup, control characters or a formula sign); it is called "{name}".',
  'import.header.repeated': 'The header "{name}" appears more than once; column {position} is called "{renamed}".',
  // Why the importer read a column as it did (the Data page's column notes).
  'import.note.empty': 'Every value is empty.',
  'import.note.constant': 'Every row has the same value ("{value}"), so it cannot tell customers apart.',
  'import.note.twoValues': 'Two values: "{first}" and "{second}".',
  'import.note.identifier':
    '{how, select, unique {Every row has a different value} other {No value repeats among the rows that could be checked}} and the name looks like an identifier.',
  'import.note.textIdentifier':
    'Every row has a different text value (like a name or an email address), which cannot describe a group of customers.',
  'import.note.text': 'Text with {exact, select, yes {} other {at least }}{count, number} different values.',
  'import.note.keptAsText': '{note} Kept as text with {exact, select, yes {} other {at least }}{count, number} different values.',
  'import.note.mixedDecimals': 'The numbers mix decimal points (1.5) and decimal commas (1,5).',
  'import.note.commaInCommaFile': 'Numbers with a decimal comma (1,5) in a comma-separated file cannot be read reliably.',
  'import.note.decimalComma': 'Every value is a number written with a decimal comma (1,5 = 1.5).',
  'import.note.ambiguousComma': 'Numbers like "1,500" could mean 1.5 or 1500.',
  'import.note.number': 'Every value is a number{grouped, select, yes { (commas separate thousands)} other {}}.',
  'import.note.date':
    'Every value is a date written as {pattern}{order, select, monthFirst { (month first: read day first, some would be impossible dates)} dayFirst { (day first: read month first, some would be impossible dates)} other {}}, from {from} to {to}.',
  'import.note.ambiguousDates':
    'The dates are ambiguous between {dayFirst} and {monthFirst} (no day above 12 appears), so they are not read as dates.',
  'import.note.idChosen': 'Chosen as the identifier column.',
  'import.note.targetChosen': 'Chosen as the target; two values: "{first}" and "{second}".',
  'import.note.earlierCampaign':
    '{note} It is an earlier campaign\'s outcome: "{level}" counts as responded; rows never contacted ("unknown") are left out of its total.',
  // An import's outcome (written from the job's counts when read).
  'import.summary':
    '{imported, plural, one {# customer imported} other {# customers imported}}{duplicates, plural, =0 {} one {; # already in the dataset was left as it was} other {; # already in the dataset were left as they were}}{rejected, plural, =0 {} one {; # row with problems skipped} other {; # rows with problems skipped}}{empty, plural, =0 {} one {; # empty row ignored} other {; # empty rows ignored}}.',
  // The Activity page's line for a finished job.
  'activity.trained': '{count, plural, one {One model trained.} other {# models trained.}}',
  'activity.segmented': '{count, plural, one {One segment found.} other {# segments found.}}',
  // Why a training or a segmentation cannot run on this data (stored with the run, written again when read).
  'error.training.classes':
    'Training needs at least {min, number} customers who responded and {min, number} who did not; this dataset has {responded, number} and {others, number}.',
  'error.training.noFeatures': 'No column can be used to predict the response: every column is an identifier, constant or excluded.',
  'error.segmentation.noModel':
    'Segmenting on the top drivers needs a trained model, and this dataset has none yet. Train models on the Models page first, or segment on RFM or chosen columns.',
  'error.segmentation.noExplanations':
    'The featured model has no explanations yet, so it has no top drivers. Retrain it, or segment on RFM or chosen columns.',
  'error.segmentation.tooFew': 'Segmentation needs at least 3 customers; got {count, number}.',
  'error.segmentation.tooFewForK': 'Cannot form {k, number} segments from {count, number} customers.',
  'error.segmentation.noValues': 'The column “{column}” has no values, so it cannot be used for segmentation.',
} as const;
