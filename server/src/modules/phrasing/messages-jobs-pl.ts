/** Polish messages about background work (messages-jobs-en.ts): the importer's problems and column notes, outcomes, job errors. */
export const MESSAGES_JOBS_PL: Readonly<Record<string, string>> = {
  'import.binary':
    'Ten plik nie wygląda na plik tekstowy CSV (zawiera dane binarne). Wyeksportuj dane z arkusza kalkulacyjnego jako „CSV (rozdzielany przecinkami)” albo „CSV UTF-8” i prześlij ten plik.{found, select, nul { (Znak NUL w pozycji {at, number}.)} controls { (Znaki sterujące: {count, number}.)} other {}}',
  'import.utf16':
    'Ten plik jest zapisany jako tekst UTF-16, którego aplikacja nie wczytuje. Zapisz go jako „CSV UTF-8” i prześlij ponownie.',
  'import.blankHeader':
    'Wiersz {line} powinien zawierać nazwy kolumn, ale ma tylko separatory i spacje. Wpisz nazwy kolumn w pierwszym wierszu i prześlij plik ponownie.',
  'import.tooManyColumns':
    'Nagłówek ma {count, plural, one {# kolumnę} few {# kolumny} many {# kolumn} other {# kolumny}}; zaimportować można najwyżej {max, number}. Usuń niepotrzebne kolumny i prześlij plik ponownie.',
  'import.recordTooLarge':
    'Wiersz zaczynający się w linii {line} ma ponad {max, number} znaków, więc odczyt został przerwany. Zwykle oznacza to, że cudzysłów (") w tym wierszu nie został zamknięty.',
  'import.badQuote':
    'W wierszu {line} po wartości w cudzysłowie jest jeszcze tekst przed następnym separatorem. Ujmij całą wartość w cudzysłów, a cudzysłów wewnątrz niej wpisz podwójnie ("").',
  'import.parseError': 'Nie udało się odczytać pliku jako CSV w okolicy wiersza {line}: {detail}',
  'import.noDataRows': 'Plik ma nagłówek, ale nie ma wierszy z danymi.',
  'import.noReadableRows':
    'Plik ma nagłówek, ale nie ma wierszy z danymi. {count, plural, one {Jego jedynego wiersza nie udało się odczytać} few {Nie udało się odczytać żadnego z jego # wierszy} many {Nie udało się odczytać żadnego z jego # wierszy} other {Nie udało się odczytać żadnego z jego # wiersza}}; pierwszy błąd: {problem}',
  'import.noCustomerRows': 'Plik ma nagłówek, ale nie ma wierszy z klientami, więc nie było czego importować.',
  'import.rowsRejected':
    '{count, plural, one {Jeden wiersz ma wartość, która nie pasuje do swojej kolumny} few {# wiersze mają wartości, które nie pasują do swoich kolumn} many {# wierszy ma wartości, które nie pasują do swoich kolumn} other {# wiersza ma wartości, które nie pasują do swoich kolumn}}, więc nic nie zostało zaimportowane. Popraw wiersze wymienione poniżej albo zaimportuj plik ponownie, wybierając pomijanie wierszy z problemami.',
  'import.noIdColumn': 'Nie ma kolumny „{name}”, której można by użyć jako identyfikatora. Kolumny to: {list}.',
  'import.noTargetColumn': 'Nie ma kolumny „{name}”, której można by użyć jako kolumny docelowej. Kolumny to: {list}.',
  'import.positiveNotLevel':
    'Kolumna docelowa „{column}” ma wartości „{first}” i „{second}”, a nie „{positive}”. Wybierz jedną z nich jako wartość pozytywną.',
  'import.twoValuesOver':
    'Kolumna docelowa „{column}” musi mieć dokładnie dwie wartości (np. tak/nie albo 1/0); ma ich ponad {count, number}.',
  'import.appendColumns':
    'Ten plik nie ma tych samych kolumn co zbiór danych: {missing, select, none {} other {brakuje w nim {missingCount, plural, one {kolumny} other {kolumn}} {missing}}}{both, select, yes {; a ponadto } other {}}{extra, select, none {} other {ma {extraCount, plural, one {kolumnę, której} other {kolumny, których}} nie ma zbiór danych: {extra}}}. Nic nie zostało zaimportowane.',
  'error.import.lost': 'Połączenie z bazą danych zostało utracone w trakcie importu. Nic nie zostało wczytane; spróbuj ponownie.',
  'import.rowWidth':
    'Wiersz {line} ma {count, plural, one {# wartość} few {# wartości} many {# wartości} other {# wartości}}, a nagłówek {width, plural, one {# kolumnę} few {# kolumny} many {# kolumn} other {# kolumny}}.',
  'import.fieldTooLong': 'Wiersz {line}: wartość w kolumnie {column} ma {length, number} znaków; limit to {max, number}.',
  'import.notNumber':
    'Wiersz {line}: „{value}” nie jest liczbą (kolumna {column}).{comma, select, yes { Ta kolumna zapisuje ułamki z przecinkiem, np. 1,5.} other {}}',
  'import.notDate': 'Wiersz {line}: „{value}” nie jest datą w formacie {pattern} (kolumna {column}).',
  'import.notLevel': 'Wiersz {line}: „{value}” nie jest żadną z dwóch wartości kolumny, „{first}” ani „{second}” (kolumna {column}).',
  'import.header.unnamed': 'Kolumna {position} nie ma nazwy w nagłówku; nazywa się „{name}”.',
  'import.header.cut': 'Nazwa kolumny {position} ma {length, number} znaków; skrócono ją do pierwszych {max, number}: „{name}”.',
  'import.header.cleaned':
    'Nazwa kolumny {position} zawierała niedozwolone znaki (znaczniki, znaki sterujące albo znak formuły); nazywa się „{name}”.',
  'import.header.repeated': 'Nazwa „{name}” występuje więcej niż raz; kolumna {position} nazywa się „{renamed}”.',
  'import.note.empty': 'Wszystkie wartości są puste.',
  'import.note.constant': 'Każdy wiersz ma tę samą wartość („{value}”), więc kolumna nie odróżnia klientów.',
  'import.note.twoValues': 'Dwie wartości: „{first}” i „{second}”.',
  'import.note.identifier':
    '{how, select, unique {Każdy wiersz ma inną wartość} other {Żadna wartość nie powtarza się w sprawdzonych wierszach}}, a nazwa wygląda na identyfikator.',
  'import.note.textIdentifier': 'Każdy wiersz ma inny tekst (np. imię i nazwisko albo adres e-mail), który nie opisze grupy klientów.',
  'import.note.text': 'Tekst; różnych wartości: {exact, select, yes {} other {co najmniej }}{count, number}.',
  'import.note.keptAsText': '{note} Zachowano jako tekst; różnych wartości: {exact, select, yes {} other {co najmniej }}{count, number}.',
  'import.note.mixedDecimals': 'Liczby mieszają kropkę dziesiętną (1.5) i przecinek dziesiętny (1,5).',
  'import.note.commaInCommaFile': 'Liczb z przecinkiem dziesiętnym (1,5) w pliku rozdzielanym przecinkami nie da się pewnie odczytać.',
  'import.note.decimalComma': 'Każda wartość jest liczbą zapisaną z przecinkiem dziesiętnym (1,5 = 1.5).',
  'import.note.ambiguousComma': 'Liczby takie jak „1,500” mogą oznaczać 1,5 albo 1500.',
  'import.note.number': 'Każda wartość jest liczbą{grouped, select, yes { (przecinki oddzielają tysiące)} other {}}.',
  'import.note.date':
    'Każda wartość jest datą w formacie {pattern}{order, select, monthFirst { (najpierw miesiąc: czytane od dnia, niektóre byłyby niemożliwymi datami)} dayFirst { (najpierw dzień: czytane od miesiąca, niektóre byłyby niemożliwymi datami)} other {}}, od {from} do {to}.',
  'import.note.ambiguousDates':
    'Daty są niejednoznaczne: {dayFirst} czy {monthFirst} (żaden dzień nie przekracza 12), więc nie są odczytywane jako daty.',
  'import.note.idChosen': 'Wybrana jako kolumna identyfikatora.',
  'import.note.targetChosen': 'Wybrana jako kolumna docelowa; dwie wartości: „{first}” i „{second}”.',
  'import.note.earlierCampaign':
    '{note} To wynik wcześniejszej kampanii: „{level}” liczy się jako odpowiedź; wiersze klientów, z którymi nigdy się nie kontaktowano, nie wchodzą do sumy.',
  'import.summary':
    '{imported, plural, one {Zaimportowano # klienta} few {Zaimportowano # klientów} many {Zaimportowano # klientów} other {Zaimportowano # klienta}}{duplicates, plural, =0 {} one {; # klient był już w zbiorze danych i pozostał bez zmian} few {; # klientów było już w zbiorze danych i pozostało bez zmian} many {; # klientów było już w zbiorze danych i pozostało bez zmian} other {; # klienta było już w zbiorze danych i pozostało bez zmian}}{rejected, plural, =0 {} one {; pominięto # wiersz z problemami} few {; pominięto # wiersze z problemami} many {; pominięto # wierszy z problemami} other {; pominięto # wiersza z problemami}}{empty, plural, =0 {} one {; pominięto # pusty wiersz} few {; pominięto # puste wiersze} many {; pominięto # pustych wierszy} other {; pominięto # pustego wiersza}}.',
  'activity.trained':
    '{count, plural, one {Wytrenowano jeden model.} few {Wytrenowano # modele.} many {Wytrenowano # modeli.} other {Wytrenowano # modelu.}}',
  'activity.segmented':
    '{count, plural, one {Znaleziono jeden segment.} few {Znaleziono # segmenty.} many {Znaleziono # segmentów.} other {Znaleziono # segmentu.}}',
  'error.training.classes':
    'Trenowanie wymaga co najmniej {min, number} klientów, którzy odpowiedzieli, i {min, number}, którzy nie odpowiedzieli; ten zbiór danych ma {responded, number} i {others, number}.',
  'error.training.noFeatures':
    'Żadnej kolumny nie można użyć do przewidywania odpowiedzi: każda jest identyfikatorem, jest stała albo została wykluczona.',
  'error.segmentation.noModel':
    'Segmentacja według najważniejszych czynników wymaga wytrenowanego modelu, a ten zbiór danych jeszcze go nie ma. Najpierw wytrenuj modele na stronie Modele albo segmentuj według RFM lub wybranych kolumn.',
  'error.segmentation.noExplanations':
    'Wyróżniony model nie ma jeszcze wyjaśnień, więc nie ma najważniejszych czynników. Wytrenuj go ponownie albo segmentuj według RFM lub wybranych kolumn.',
  'error.segmentation.tooFew': 'Segmentacja wymaga co najmniej 3 klientów; jest ich {count, number}.',
  'error.segmentation.tooFewForK':
    'Z {count, plural, one {# klienta} few {# klientów} many {# klientów} other {# klienta}} nie da się utworzyć {k, plural, one {# segmentu} few {# segmentów} many {# segmentów} other {# segmentu}}.',
  'error.segmentation.noValues': 'Kolumna „{column}” nie ma wartości, więc nie można jej użyć do segmentacji.',
};
