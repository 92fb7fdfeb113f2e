/**
 * Polish catalogue: the same keys as messages-en.ts, ICU MessageFormat, nothing but messages.
 * Counted nouns (see catalogue.ts) stand after "mają" (have) or "nie mają", so their forms are
 * accusative: {acc} for "1" ("jedno dziecko", "jednego nastolatka", "jedną wizytę"), {few} after
 * 2–4, 22–24 ("2 dzieci", "2 nastolatków", "2 zakupy"), {many} after 0, 5–21, 25… and after
 * "nie mają", "więcej", "do" (genitive plural: "dzieci", "zakupów"), {other} for fractions.
 * {gender}: m (inanimate), ma (masculine animate), f, n, p (plural). {past} is an event's
 * perfective past ("kupili"), {event} its imperfective ("kupowali"); {zero} an amount of nothing.
 */
import { MESSAGES_AUDIT_PL } from './messages-audit-pl.js';
import { MESSAGES_JOBS_PL } from './messages-jobs-pl.js';

export const MESSAGES_PL: Readonly<Record<string, string>> = {
  ...MESSAGES_JOBS_PL,
  ...MESSAGES_AUDIT_PL,
  'fact.value': '{label} ({value})',
  'fact.unknown': '{label} (brak danych)',
  'fact.yesNo': '{label} ({answer, select, yes {tak} other {nie}})',
  'fact.count':
    '{n, plural, =0 {Nie ma {many}} =1 {Ma {gender, select, f {jedną} n {jedno} ma {jednego} other {jeden}} {acc}} few {Ma # {few}} many {Ma # {many}} other {Ma # {other}}}',
  'fact.event': '{when, select, today {Ostatni zakup dzisiaj} other {Ostatni zakup {ago} temu}}',
  'cf.event':
    '{sooner, select, yes {{when, select, today {ostatni zakup dzisiaj} other {ostatni zakup {ago} temu}}} other {ostatni zakup dopiero {ago} temu}}',
  'cf.count':
    '{n, plural, =0 {nie ma {many}} =1 {{gender, select, f {jedna} n {jedno} other {jeden}} {one}} few {# {few}} many {# {many}} other {# {other}}}',
  'cf.value': '{label}: {value}',
  'cf.sentence': 'Po takich zmianach ({changes}) szansa tego klienta wzrosłaby z {from} do {to}.',
  'cf.closest':
    'Żadna zmiana najwyżej trzech cech, na które kampania ma wpływ, nie sprawia, że ten klient przekroczy próg modelu ({threshold}). Najbliżej: po takich zmianach ({changes}) szansa wzrosłaby z {from} do {to}.',
  'cf.nothing': 'Żadna zmiana cech, na które kampania ma wpływ, nie podnosi szansy tego klienta.',
  'cf.already': 'Ten klient już prawdopodobnie odpowie: {probability} to co najmniej próg modelu ({threshold}).',
  'cf.noActionable': 'Żadna cecha używana przez ten model nie jest oznaczona jako zależna od kampanii; oznacz je na stronie Dane.',
  'reasons.headline': 'Przewidywana szansa odpowiedzi: {probability} (przeciętny klient: {average}).',
  'reasons.for': 'Powody za:',
  'reasons.noneFor': 'Nic nie podnosi szansy ponad poziom przeciętnego klienta.',
  'reasons.against': 'Powody przeciw:',
  'reasons.noneAgainst': 'Nic nie obniża szansy poniżej poziomu przeciętnego klienta.',
  'reasons.reason': '{value}: {direction, select, up {podnosi} other {obniża}} szansę o {points}',
  'reasons.line': '- {reason}.',
  'reasons.points':
    '{kind, select, less {mniej niż 1 punkt} other {około {count} {n, plural, one {punkt} few {punkty} many {punktów} other {punktu}}}}',
  'reasons.logOdds':
    'Punkty są przybliżone: ten model sumuje swoje powody na skali logitowej, więc każda liczba mówi, o ile zmieniłaby się szansa bez samego tego powodu.',
  'error.signIn': 'Zaloguj się, aby kontynuować.',
  'error.forbidden': 'Twoja rola na to nie pozwala. Poproś administratora o dostęp.',
  'error.notFound':
    'Nie znaleziono {thing, select, dataset {zbioru danych} dataset_to_append_to {zbioru danych do uzupełnienia} model {modelu} trained_model {wytrenowanego modelu} model_dataset {zbioru danych modelu} segmentation {segmentacji} scored_list {ocenionej listy} training_run {treningu} user {użytkownika} other {szukanego elementu}}. Być może został usunięty.',
  'error.newPassword': 'Najpierw wybierz nowe hasło.',
  'error.internal': 'Coś poszło nie tak po naszej stronie. Spróbuj ponownie; jeśli to się powtarza, powiadom administratora.',
  'error.badLogin': 'Adres e-mail lub hasło są nieprawidłowe.',
  'error.disabled': 'To konto jest wyłączone. Poproś administratora o ponowne włączenie.',
  'error.topN': 'Wybierz od 1 do {max} czynników (wybrano {asked}).',
  'error.noExplanations': 'Ten model nie ma jeszcze wyjaśnień, więc nie można opisać grupy docelowej. Wytrenuj go ponownie.',
  'error.import.empty': 'Plik jest pusty: nie ma wiersza nagłówka ani danych.',
  'error.import.unterminated':
    'Wiersz {line} otwiera wartość w cudzysłowie ("), który nigdzie się nie zamyka, więc reszty pliku nie da się odczytać. Dodaj brakujący cudzysłów zamykający w tym wierszu.',
  'error.import.changed': 'Plik zmienił się w trakcie importu (ma teraz inny nagłówek). Prześlij go ponownie.',
  'error.import.twoValues': 'Kolumna docelowa „{column}” musi mieć dokładnie dwie wartości (np. tak/nie albo 1/0); ma ich {count}.',
  'error.import.interrupted': 'Serwer zatrzymał się w trakcie tego importu. Nic nie zostało wczytane; prześlij plik ponownie.',
  'error.import.crashed': 'Coś poszło nie tak po naszej stronie podczas importu. Nic nie zostało wczytane; spróbuj ponownie.',
  'error.import.delimiter': 'Separatorem musi być , ; | albo tabulator.',
  'error.segmentNotFound': 'Nie znaleziono segmentu {n, number}. Być może został usunięty.',
  'error.columnNotFound': 'Nie znaleziono kolumny „{column}”. Być może została usunięta.',
  'error.throttle':
    'Zbyt wiele prób. Spróbuj ponownie za {minutes, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}}.',
  'error.lastAdmin': '{email} to ostatni aktywny administrator. Najpierw nadaj komuś innemu rolę administratora.',
  'error.currentPassword': 'Obecne hasło jest nieprawidłowe.',
  'error.samePassword': 'Nowe hasło musi się różnić od obecnego.',
  'error.password.short': 'Hasło musi mieć co najmniej {min, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}.',
  'error.password.long': 'Hasło może mieć najwyżej {max, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}.',
  'error.password.email': 'Hasło nie może być Twoim adresem e-mail.',
  'error.password.common': 'To hasło należy do najczęściej używanych i łatwo je odgadnąć. Wybierz inne.',
  'error.password.repeated': 'Hasło nie może składać się z jednego powtórzonego znaku.',
  'error.notEmail': '„{email}” nie jest adresem e-mail.',
  'error.emailTaken': 'Użytkownik z adresem e-mail {email} już istnieje.',
  'error.noTarget': 'Przed treningiem wybierz na stronie Dane kolumnę, która mówi, czy klient odpowiedział (kolumnę docelową).',
  'error.unknownAlgorithm': 'Nieznany algorytm: {list}.',
  'error.memory':
    'Trening na tym zbiorze danych wymaga około {needed}; serwer pozwala na {allowed}: ustaw MAX_TRAINING_MEMORY_MB albo trenuj na próbce.',
  'error.trainingFinished': 'Ten trening już się zakończył, więc nie ma czego anulować.',
  'error.noCurve': 'Ten model nie ma krzywej odpowiedzi dla „{feature}”. Wybierz jedną z cech z listy ważności cech.',
  'error.ai.notSetUp':
    'Przepisywanie z pomocą AI nie jest skonfigurowane na tym serwerze: administrator ustawia LLM_API_URL i LLM_API_KEY (usługa zgodna z OpenAI).',
  'error.ai.unreachable': 'Nie udało się połączyć z usługą AI. Brief się nie zmienił; spróbuj ponownie później.',
  'error.ai.status': 'Usługa AI odpowiedziała błędem (HTTP {status}). Brief się nie zmienił.',
  'error.ai.empty': 'Usługa AI nie zwróciła żadnego tekstu. Brief się nie zmienił.',
  'error.segmentation.unfinished': 'Ta segmentacja się nie zakończyła, więc nie ma jeszcze członków.',
  'error.segmentation.running': 'Segmentacja tego zbioru danych już trwa. Poczekaj, aż się zakończy, i uruchom następną.',
  'error.segmentation.finished': 'Ta segmentacja już się zakończyła, więc nie ma czego anulować.',
  'error.briefTooLong': 'Brief może mieć najwyżej {max, number} znaków.',
  'error.wholeNumber': '{name} musi być liczbą całkowitą od {min, number} do {max, number} (podano {value}).',
  'error.scaling': 'Skalowanie musi być „standard” albo „robust” (podano „{value}”).',
  'error.eps': 'Promień DBSCAN (eps) musi być większy od 0.',
  'error.noColumns': 'Wybierz co najmniej jedną kolumnę do segmentacji.',
  'error.dbscanK': 'DBSCAN sam ustala liczbę segmentów; zostaw k puste albo użyj k-means.',
  'error.rfmK': 'Oceny RFM dają stały zestaw nazwanych segmentów; zostaw k puste albo użyj k-means.',
  'error.rfmFeatures': 'Oceny RFM powstają ze świeżości, częstotliwości i wartości zakupów: wybierz cechy RFM.',
  'error.audit.adminsOnly': 'Tylko administratorzy mogą eksportować dziennik audytu.',
  'error.notDate': '„{value}” nie jest datą (użyj 2026-01-31 albo 2026-01-31T12:00:00Z).',
  'error.notAuditAction': '„{value}” nie jest działaniem z dziennika audytu.',
  'error.actorId': 'actorId musi być identyfikatorem użytkownika.',
  'error.entriesPage': 'Pobieraj od 1 do {max, number} wpisów naraz.',
  'error.negativeOffset': 'Przesunięcie nie może być ujemne.',
  'error.tooManyValues': 'Naraz można wyjaśnić najwyżej {max, number} wartości.',
  'error.modelColumn': 'Model nie używa kolumny „{column}”.',
  'error.trainingCustomersGone': 'Klientów, na których trenowano model, nie ma już w zbiorze danych; wytrenuj model ponownie.',
  'error.import.importersOnly': 'Dane mogą przesyłać tylko importerzy i administratorzy.',
  'error.import.again': 'Ten plik został już zaimportowany do „{dataset}” {date}. Nie zaimportowano go drugi raz.',
  'error.import.againAs': 'Ten plik został już zaimportowany do „{dataset}” {date} (jako {file}). Nie zaimportowano go drugi raz.',
  'error.upload.tooLarge': 'Plik przekracza limit {size}. Podziel go na mniejsze pliki i zaimportuj je po kolei.',
  'error.upload.mediaType': 'Wyślij plik jako CSV (Content-Type: text/csv), a nie jako {type}.',
  'error.upload.empty': 'Plik jest pusty. Wybierz plik CSV z wierszem nagłówka i co najmniej jednym klientem.',
  'error.upload.interrupted': 'Przesyłanie przerwano, zanim dotarł cały plik. Nic nie zaimportowano; spróbuj ponownie.',
  'error.upload.form': 'Nie udało się odczytać formularza przesyłania. Wyślij plik CSV jako treść żądania.',
  'error.upload.noFile': 'Formularz przesyłania nie zawiera pliku.',
  'error.param.once': 'Parametr „{name}” trzeba podać raz, jako tekst.',
  'error.param.long': 'Parametr „{name}” jest za długi (najwyżej {max, number} znaków).',
  'error.onInvalid': 'onInvalid musi mieć wartość „reject” albo „skip”.',
  'error.onDuplicate': 'onDuplicate musi mieć wartość „skip” albo „replace”.',
  'error.label.empty': 'Etykieta kolumny nie może być pusta.',
  'error.label.long': 'Etykieta kolumny może mieć najwyżej 120 znaków.',
  'error.targetStaysBinary': 'Kolumna docelowa musi pozostać kolumną tak/nie (BINARY).',
  'error.campaignNotBinary': '„{label}” nie jest kolumną tak/nie, więc nie może być wynikiem dawnej kampanii.',
  'error.targetNotBinary': '„{label}” nie jest kolumną tak/nie, więc nie może być kolumną docelową.',
  'error.datasetName': 'Nazwa zbioru danych musi mieć od 1 do 120 znaków.',
  'error.costs': 'Koszty i wartości muszą wynosić zero lub więcej.',
  'error.currency': '„{value}” nie jest kodem waluty (takim jak EUR, USD czy GBP).',
  'error.notRegion': '„{name}” nie jest kolumną regionu. Najpierw ustaw ją jako taką na stronie Dane.',
  'error.otherSegmentation': 'Ta segmentacja nie należy do tego zbioru danych.',
  'error.regionValue': 'Region musi mieć wartość COUNTRY, STATE, POSTAL_CODE albo NONE (podano „{value}”).',
  'error.scoring.stillRunning': 'Ta lista jest jeszcze oceniana. Poczekaj, aż ocena się zakończy, a potem ją usuń.',
  'error.scoring.failed': 'Tej listy nie udało się ocenić, więc nie ma czego pobrać. Przyczynę znajdziesz na stronie Oceń listę.',
  'error.scoring.notDone': 'Ta lista jest jeszcze oceniana. Spróbuj ponownie, gdy ocena się zakończy.',
  'error.scoring.rolesOnly': 'Listę mogą oceniać tylko analitycy, importerzy i administratorzy.',
  'error.scoring.top': '„top” musi być całkowitą liczbą procent od 1 do 100.',
  'error.scoring.decile': 'Decyl musi mieścić się w przedziale od 1 do 10.',
  'error.scoring.rows': 'Pobieraj od 1 do {max, number} wierszy od przesunięcia 0 lub większego.',
  'error.searchTooLong': 'Wyszukiwane wyrażenie jest za długie (najwyżej 200 znaków).',
  'error.conditions.unreadable': 'Nie udało się odczytać warunków.',
  'error.conditions.list': 'Warunki muszą być listą.',
  'error.conditions.feature': 'Każdy warunek potrzebuje cechy.',
  'error.minGroup': 'Minimalna wielkość grupy musi wynosić od 0% do 100% klientów.',
  'error.capacity': 'Pojemność musi wynosić co najmniej jednego klienta.',
  'error.notFeature': '„{feature}” nie jest cechą tego modelu.',
  'error.bounds': 'Dolna granica „{feature}” jest wyższa niż górna.',
  'error.chooseValue': 'Wybierz co najmniej jedną wartość dla „{feature}”.',
  'error.noTargetColumn': 'Ten zbiór danych nie ma kolumny docelowej.',
  'error.restarting': 'Serwer uruchamia się ponownie i nie przyjmuje nowych zadań. Spróbuj ponownie za minutę.',
  'error.noEndpoint': 'Nie ma takiego punktu końcowego API.',
  'error.requestTooLarge': 'Żądanie jest za duże.',
  'error.badRequest': 'Nie udało się odczytać żądania.',
  'error.phrasing.kind': '„{kind}” nie jest rodzajem cechy ({kinds}).',
  'error.phrasing.count': 'Liczba potrzebuje tego, co liczy, w liczbie pojedynczej i mnogiej („dziecko w domu”, „dzieci w domu”).',
  'error.phrasing.unit': '„{unit}” nie jest jednostką czasu ({units}).',
  'error.phrasing.value': "Fraza potrzebuje '{value}' w miejscu liczby, np. „wydali '{value}' na wino”.",
  'error.phrasing.braces': "Fraza może zawierać '{value}' i żadnych innych nawiasów klamrowych.",
  'error.phrasing.long': 'Każda fraza musi mieć mniej niż 120 znaków.',
  'error.modelOutdated': 'Ten model nie pasuje już do kolumn zbioru danych ({reason}). Wytrenuj go ponownie.',
  'error.phrasing.level': 'Każdy poziom potrzebuje tego, co mówi o kliencie („są po ślubie”), albo pomiń ten poziom.',
  'error.job.trainingStopped':
    'Serwer zatrzymał się w trakcie tego treningu. Poprzednie modele pozostają aktywne; uruchom trening ponownie.',
  'error.job.trainingGaveUp':
    'Trening nie powiódł się (prób: {tries}) z powodu błędu po naszej stronie, więc go zatrzymano. Poprzednie modele pozostają aktywne.',
  'error.job.trainingCancelled': 'Anulowane przez: {who}. Poprzednie modele pozostają aktywne.',
  'error.job.trainingLost':
    'Trening zatrzymał się, bo utracono połączenie z bazą danych. Poprzednie modele pozostają aktywne; uruchom trening ponownie.',
  'error.job.trainingNoTarget': 'Zbiór danych usunięto albo nie ma już kolumny docelowej.',
  'error.job.segmentationStopped': 'Serwer zatrzymał się w trakcie tej segmentacji. Uruchom ją ponownie.',
  'error.job.segmentationGaveUp':
    'Segmentacja nie powiodła się (prób: {tries}) z powodu błędu po naszej stronie, więc ją zatrzymano. Wcześniejsze segmentacje się nie zmieniły.',
  'error.job.segmentationCancelled': 'Anulowane przez: {who}. Wcześniejsze segmentacje się nie zmieniły.',
  'error.job.segmentationLost':
    'Segmentacja zatrzymała się, bo utracono połączenie z bazą danych. Wcześniejsze segmentacje się nie zmieniły; uruchom ją ponownie.',
  'error.job.datasetDeleted': 'Zbiór danych został usunięty.',
  'error.job.scoringStopped': 'Serwer zatrzymał się w trakcie oceniania tej listy. Nic nie zachowano; prześlij listę ponownie.',
  'error.job.scoringCrashed': 'Coś poszło nie tak po naszej stronie podczas oceniania tej listy. Nic nie zachowano; spróbuj ponownie.',
  'error.job.scoringLost': 'Podczas oceniania tej listy utracono połączenie z bazą danych. Nic nie zachowano; spróbuj ponownie.',
  'csv.row': 'wiersz',
  'csv.predictedProbability': 'przewidywane_prawdopodobieństwo',
  'csv.segment': 'segment',
  'csv.segmentName': 'nazwa_segmentu',
  // Klient is masculine personal: after 2–4 the genitive-accusative "klientów" (dwóch klientów), as after 5+.
  'count.customers': '{n, plural, one {{count} klient} few {{count} klientów} many {{count} klientów} other {{count} klienta}}',
  'count.contacts': '{n, plural, one {{count} kontakt} few {{count} kontakty} many {{count} kontaktów} other {{count} kontaktu}}',
  // After "z": the genitive (z 1 pasującego klienta, z 5 pasujących klientów).
  'count.matchingCustomers': '{n, plural, one {{count} pasującego klienta} other {{count} pasujących klientów}}',
  'count.times': '{n, plural, one {{count} raz} other {{count} razy}}',
  'describe.head.who': 'Do kogo skierować następną kampanię.',
  'describe.head.howMany': 'Ilu ich jest.',
  'describe.head.respond': 'Jak reagują.',
  'describe.head.apart': 'Co jeszcze ich wyróżnia.',
  'describe.head.worth': 'Ile to jest warte.',
  'describe.head.sure': 'Na ile jesteśmy pewni.',
  'describe.noGroup':
    'Żadne połączenie najsilniejszych czynników nie wyodrębnia grupy{hasMin, select, yes { obejmującej co najmniej {min} klientów} other {}}, która reaguje lepiej niż przeciętnie, więc nie ma grupy docelowej do polecenia; poniższe liczby dotyczą wszystkich klientów.',
  'describe.howMany': '{customers}, {share} bazy.',
  'describe.noMatch':
    'Żaden klient nie spełnia wszystkich tych warunków, więc nie ma czego mierzyć: złagodź któryś warunek albo wybierz mniej czynników.',
  'describe.rate': '{about, select, yes {około } other {}}{count} na {per}',
  'describe.lift':
    '{kind, select, same {mniej więcej tyle co średnio} below {poniżej średniej ({lift} średniej)} other {{lift} razy więcej niż średnio}}',
  'describe.responded':
    '{n, plural, one {{count} z nich odpowiedział} other {{count} z nich odpowiedziało}} na ostatnią kampanię: {rate}, wobec {base} wśród wszystkich klientów, czyli {lift}.',
  'describe.noneResponded': 'Żaden z nich nie odpowiedział na ostatnią kampanię, wobec {base} wśród wszystkich klientów.',
  'describe.oneCustomer':
    'Jedyny taki klient {responded, select, yes {odpowiedział} other {nie odpowiedział}} na ostatnią kampanię, wobec {base} wśród wszystkich klientów; jeden klient to za mało, by cokolwiek oceniać.',
  'describe.noHoldout':
    'Żaden z klientów, których model nie widział podczas uczenia, nie spełnia warunków, więc nie ma sprawdzenia na danych odłożonych.',
  'describe.holdout':
    'Wśród klientów, których model nie widział podczas uczenia, odpowiedziało {responders} z {customers} ({rate} wobec {base}, {lift}).',
  'describe.predicted': 'Model przypisuje im średnie prawdopodobieństwo odpowiedzi {probability}.',
  'describe.apart': 'W porównaniu z pozostałymi klientami: {list}.',
  'describe.outcome':
    '{kind, select, even {wyszłoby na zero} earn {przyniosłoby około {amount}} other {przyniosłoby stratę około {amount}}}',
  'describe.groupOutcome': '{kind, select, even {wychodzi na zero} earn {przynosi około {amount}} other {przynosi stratę około {amount}}}',
  'describe.money':
    'Przy {cost} za kontakt i {value} za odpowiedź {group, select, yes {dotarcie do tej grupy {groupOutcome}; } other {}}dotarcie do wszystkich {outcome}.',
  'describe.bestList':
    'Najbardziej opłacalna lista to {whole, select, yes {cała baza} other {{k}% klientów najwyżej ocenianych przez model}} ({contacts}), co {outcome}.',
  'describe.resampled':
    'Gdy {times} losujemy klientów od nowa, odsetek odpowiedzi w grupie pozostaje od {low} do {high} razy wyższy niż średnio (95% losowań).',
  'describe.cameBack': '{label} – w {count} z {total}',
  'describe.broughtBack':
    'Nowe wyszukiwanie w każdym losowaniu ponownie znajdowało {n, plural, one {ten warunek} other {te warunki}} ({list}).',
  'describe.caution': 'Do tej grupy należy podchodzić ostrożnie: {reasons}.',
  'describe.fewCustomers': 'To tylko {customers}, więc odsetek odpowiedzi jest jedynie przybliżeniem.',
  'describe.disagree':
    'Modele nie zgadzają się, w którą stronę {label} {plural, select, yes {wpływają} other {wpływa}} na odpowiedź, więc ten warunek jest mniej pewny.',
  'describe.caveat':
    'To zależności w danych z przeszłości, nie przyczyny: kampania skierowana do tej grupy to dobrze uzasadniony zakład, a nie gwarancja.',
  'stability.condition': 'warunek dotyczący cechy „{label}” powrócił tylko w {count} z {total} losowań',
  'stability.lowLift': 'odsetek odpowiedzi może spaść do {lift} średniej, ledwie powyżej niej',
  'stability.empty': 'w niektórych losowaniach grupa nie miała klientów albo nikt nie odpowiedział',
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
  'event.max': '{past} w ciągu ostatnich {max}',
  'event.maxOne':
    '{past} w ciągu {unit, select, second {ostatniej sekundy} minute {ostatniej minuty} hour {ostatniej godziny} day {ostatniego dnia} week {ostatniego tygodnia} month {ostatniego miesiąca} other {ostatniego roku}}',
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
    '{strong, select, yes {znacznie } other {}}{direction, select, higher {częściej} other {rzadziej}} mają „tak” w polu {label} ({group} wobec {rest})',
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
  'region.caption':
    '{who}: przewidywana szansa odpowiedzi {rate}{counted, select, yes { ({customers} z {n, plural, one {{total} klienta odłożonego} few {{total} klientów odłożonych} many {{total} klientów odłożonych} other {{total} klienta odłożonego}} z treningu)} other {}}.',
  // ---- Segments page (issue 18). ----
  'segment.size': '{size, plural, one {# klient} few {# klientów} many {# klientów} other {# klienta}} ({share})',
  'segment.withMedians': '{head}: mediana: {parts}.',
  'segment.plain': '{head}.',
  'segment.median.recency':
    '{event, select, none {ostatnia aktywność {group} temu} other {ostatni zakup {group} temu}} (wszyscy klienci: {all})',
  'segment.median.frequency': '{group, plural, one {# zakup} few {# zakupy} many {# zakupów} other {# zakupu}} ({all, number})',
  'segment.median.monetary': 'wydatki {group} ({all})',
  'segment.compared': 'W porównaniu ze wszystkimi klientami: {differences}.',
  'segment.alike': 'Poza tym przypominają ogół klientów.',
  'segment.rfmDescription': '{rule}. {description}',
  'segment.dateDifference':
    '{verb, select, none {mają {direction, select, higher {wcześniejszą} other {późniejszą}} datę: {label}} other {{verb}}} (średnio {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} {direction, select, higher {wcześniej} other {później}})',
  'name.rfm':
    '{first, select, recent {niedawni } lapsed {uśpieni } loyal {lojalni } occasional {okazjonalni } steady {stali } other {}}{second, select, recent {niedawni } lapsed {uśpieni } loyal {lojalni } occasional {okazjonalni } steady {stali } other {}}{noun, select, big {duzi klienci} mid {średni klienci} low {klienci o niskich wydatkach} oneTime {jednorazowi kupujący} frequent {części kupujący} occasional {okazjonalni kupujący} regular {regularni kupujący} other {klienci}}',
  'name.withFeature': '{name} ({feature})',
  'name.twoFeatures': '{first}, {second}',
  'name.numbered': '{name} {n, number}',
  'name.segment': 'Segment {n, number}',
  'rfm.name':
    '{segment, select, champions {Mistrzowie} loyal {Lojalni klienci} potentialLoyalists {Potencjalnie lojalni} new {Nowi klienci} promising {Obiecujący} needAttention {Wymagają uwagi} aboutToSleep {Zasypiający} atRisk {Zagrożeni} cannotLose {Nie możemy ich stracić} hibernating {Uśpieni} other {Utraceni}}',
  'rfm.rule':
    '{segment, select, champions {R 5, F 4-5: kupili bardzo niedawno i kupują najczęściej} loyal {R 3-4, F 4-5: kupują często i niedawno} potentialLoyalists {R 4-5, F 2-3: niedawni klienci z kilkoma zakupami} new {R 5, F 1: kupili bardzo niedawno, po raz pierwszy lub prawie} promising {R 4, F 1: niedawni, ale kupili bardzo mało} needAttention {R 3, F 3: przeciętna świeżość i częstotliwość} aboutToSleep {R 3, F 1-2: niezbyt niedawni, mało zakupów} atRisk {R 1-2, F 3-4: kupowali dość często, ale dawno} cannotLose {R 1-2, F 5: kupowali najczęściej, ale dawno} hibernating {R 1-2, F 1-2 (oba nie równe 1): dawno i rzadko} other {R 1, F 1: najdawniej i najrzadziej}}',
  'rfm.reason':
    'Świeżość, częstotliwość i wartość zakupów są oceniane od 1 do 5 według kwintyli (5 = najświeższy zakup, najwięcej zakupów, najwyższe wydatki; równe wartości dostają tę samą ocenę), a każdy klient trafia według ocen świeżości i częstotliwości do jednego ze zwykłych nazwanych segmentów RFM.',
  'brief.tone':
    '{tone, select, winBackValued {Ton: osobiste odzyskanie cennych klientów: doceń ich dawną lojalność i zaproś ich z powrotem czymś wyjątkowym.} premium {Ton: prestiżowy i pełen uznania: podziękuj, postaw na jakość, nowości i wyjątkowość zamiast ceny.} winBack {Ton: ciepłe odzyskanie: przypomnij, co im się podobało, i daj jeden jasny powód, by wrócili teraz.} value {Ton: prosty i nastawiony na korzyści: zacznij od ceny, praktycznych zalet i niezobowiązującego pierwszego kroku.} timely {Ton: przyjazny i na czasie: nawiąż do ich niedawnego zakupu trafnym kolejnym krokiem.} other {Ton: przyjazny i informacyjny: pokaż, co nowego i przydatnego dla nich.}}',
  'brief.products': 'Produkty, które wolą: {list}.',
  'brief.productsLikeAll': 'Produkty: jak większość klientów, głównie {list}.',
  'brief.product': '{product} ({share} ich wydatków, {all} u wszystkich klientów)',
  'brief.productShare': '{product} ({share} ich wydatków)',
  'brief.channel':
    'Kanał: kupują głównie {channel} ({share} ich zakupów); tam docieraj do nich najpierw.{deals, select, more { Częściej niż większość kupują z rabatem: promocja zwróci ich uwagę.} fewer { Rzadko kupują z rabatem: nie zaczynaj od obniżek.} other {}}',
  'brief.offerTooFew':
    'Oferta: za mało klientów, by ocenić, które dawne kampanie na nich działały (tylko {size, plural, one {# klient} few {# klientów} many {# klientów} other {# klienta}} w tym segmencie); traktuj ich jak najbliższy większy segment.',
  'brief.offerNone':
    'Oferta: dawne kampanie nie działały na nich lepiej niż na innych (najlepsza: {campaign}, {rate} przyjęło{same, select, yes {, tyle samo co ogółem} other { wobec {overall} ogółem}}); najpierw przetestuj nowy rodzaj oferty na małej grupie.',
  'brief.offerWorked': 'Oferta: powtórz to, co na nich działało: {list}.',
  'brief.offerFirst': '{campaign} ({rate} przyjęło wobec {overall} ogółem)',
  'brief.offerNext': '{campaign} ({rate} wobec {overall})',
  'brief.targetWhere': 'grupie docelowej opisanej na stronie Grupa docelowa ({description})',
  'brief.targetNone': 'Grupa docelowa: żaden z nich nie jest w {where}; oferta następnej kampanii nie jest skierowana do nich.',
  'brief.targetAll':
    'Grupa docelowa: {customers, plural, one {jedyny klient jest} other {wszyscy ({customers, number}) są}} w {where}: zacznij od oferty następnej kampanii.',
  'brief.targetMost':
    'Grupa docelowa: {customers, number} z nich ({share}) {customers, plural, one {jest} other {jest}} w {where}: zacznij od oferty następnej kampanii.',
  'brief.targetSome':
    'Grupa docelowa: {customers, number} z nich ({share}) {customers, plural, one {jest} other {jest}} w {where}: zacznij od oferty następnej kampanii dla {customers, plural, one {tego klienta} other {tych osób}}; dla pozostałych zachowaj komunikat powyżej.',
  'k.asked': 'k = {k, number}, zgodnie z prośbą.',
  'k.range': '{from, number}–{to, number} segmentów',
  'k.whereEligible': 'spośród podziałów na {range}, w których każdy segment ma co najmniej {minShare} klientów',
  'k.whereNone':
    'spośród podziałów na {range} (przy żadnej liczbie segmentów nie udało się, by każdy miał co najmniej {minShare} klientów)',
  'k.best': 'k = {k, number}: najlepiej rozdzielony podział (silhouette {silhouette}) {where}.',
  'k.tie':
    'k = {k, number}: {where}, k = {top, number} rozdziela najlepiej (silhouette {topSilhouette}), a k = {k, number} prawie tak samo ({silhouette}, w granicach {tolerance}): tak mała różnica to szum, więc wygrywa drobniejszy podział.',
  'k.excluded':
    '{count, plural, one {Pominięto k = {list}} other {Pominięto k = {list}}}: któryś segment miałby mniej niż {minShare} klientów.',
  'k.leftOutFew': 'Pominięte: na mniej niż {kMin, number} segmentach rzadko da się działać; poproś o k = {k, number}, by je zobaczyć.',
  'k.leftOutSize': 'Pominięte: jeden segment miałby tylko {share} klientów (mniej niż {minShare}).',
  'k.two':
    'Dwa segmenty rozdzielają się lepiej (silhouette {silhouette}), ale rzadko da się na nich działać; poproś o k = 2, by je zobaczyć.',
  'dbscan.asked': 'eps = {eps} i minPts = {minPts, number}, zgodnie z prośbą.',
  'dbscan.how':
    'minPts {minPts} (około 2 i 4 na kolumnę), eps w punkcie przegięcia oraz na percentylach od 50 do 95 odległości każdego klienta od jego sąsiada numer minPts',
  'dbscan.found':
    'eps = {eps}, minPts = {minPts, number}: spośród sprawdzonych ustawień ({how}) najlepiej rozdzielone (silhouette {silhouette}), które dają {clusters, number} grup, żadnej ponad {maxLargest} klientów, żadnej poniżej {minSmallest}, i co najwyżej {maxNoise} klientów odstających.',
  'dbscan.notFound':
    'DBSCAN nie znalazł w tych klientach gęstych grup o przydatnej wielkości: żadne ze sprawdzonych ustawień ({how}) nie dało dwóch lub więcej grup bez jednej ponad {maxLargest} klientów, grupy poniżej {minSmallest} lub ponad {maxNoise} odstających. Pokazano: eps = {eps} (punkt przegięcia), minPts = {minPts, number}. {kmeans} lepiej pasuje do tych klientów.',
  'warning.noGroups':
    'DBSCAN nie znalazł w tych klientach gęstych grup o przydatnej wielkości (powyżej opisano, jak dobrano eps i minPts). Spróbuj {kmeans}.',
  'warning.allNoise':
    'Nie znaleziono żadnej gęstej grupy: przy tych ustawieniach każdy klient jest odstający.{suggest, select, yes { Spróbuj {kmeans}, który zawsze dzieli klientów na grupy przydatnej wielkości.} other {}}',
  'warning.giant':
    'Jeden segment obejmuje {share} klientów, więc podział niewiele mówi o tym, czym się różnią.{suggest, select, yes { Spróbuj {kmeans}, który zawsze dzieli klientów na grupy przydatnej wielkości.} other {}}',
  'warning.tiny':
    '{count, plural, one {Jeden segment ma} few {# segmenty mają} many {# segmentów ma} other {# segmentu ma}} mniej niż {min, number} klientów: za mało, by ocenić reakcje na kampanie, więc ich briefy nie zawierają porad kampanijnych.{suggest, select, yes { Spróbuj {kmeans}, który zawsze dzieli klientów na grupy przydatnej wielkości.} other {}}',
  'warning.noise':
    '{noise, plural, one {# klient nie pasuje} few {# klientów nie pasuje} many {# klientów nie pasuje} other {# klienta nie pasuje}} do żadnego segmentu ({share}).{suggest, select, yes { Spróbuj {kmeans}, który zawsze dzieli klientów na grupy przydatnej wielkości.} other {}}',
};
