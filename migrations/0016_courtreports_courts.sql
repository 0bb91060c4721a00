-- The courts a request for a report may come from: a STARTING LIST shipped with Kadam (starting_list = true),
-- to be checked by administrators against the official register of courts before production use. A court not
-- on the list is typed as free text on the request. Existing codes are never overwritten.
INSERT INTO "court_report_courts" ("code", "name", "starting_list") VALUES
  ('BISHKEK_PERVOMAISKY', '{"ky":"Бишкек шаарынын Биринчи Май райондук соту","ru":"Первомайский районный суд города Бишкек","en":"Pervomaisky District Court, Bishkek"}', true),
  ('BISHKEK_OKTYABRSKY', '{"ky":"Бишкек шаарынын Октябрь райондук соту","ru":"Октябрьский районный суд города Бишкек","en":"Oktyabrsky District Court, Bishkek"}', true),
  ('BISHKEK_LENINSKY', '{"ky":"Бишкек шаарынын Ленин райондук соту","ru":"Ленинский районный суд города Бишкек","en":"Leninsky District Court, Bishkek"}', true),
  ('BISHKEK_SVERDLOVSKY', '{"ky":"Бишкек шаарынын Свердлов райондук соту","ru":"Свердловский районный суд города Бишкек","en":"Sverdlovsky District Court, Bishkek"}', true),
  ('ALAMUDUN', '{"ky":"Аламүдүн райондук соту","ru":"Аламудунский районный суд","en":"Alamudun District Court"}', true),
  ('TOKMOK_CITY', '{"ky":"Токмок шаардык соту","ru":"Токмокский городской суд","en":"Tokmok City Court"}', true),
  ('KARAKOL_CITY', '{"ky":"Каракол шаардык соту","ru":"Каракольский городской суд","en":"Karakol City Court"}', true),
  ('OSH_CITY', '{"ky":"Ош шаардык соту","ru":"Ошский городской суд","en":"Osh City Court"}', true),
  ('KARASUU', '{"ky":"Кара-Суу райондук соту","ru":"Карасуйский районный суд","en":"Kara-Suu District Court"}', true),
  ('ARAVAN', '{"ky":"Араван райондук соту","ru":"Араванский районный суд","en":"Aravan District Court"}', true),
  ('UZGEN', '{"ky":"Өзгөн райондук соту","ru":"Узгенский районный суд","en":"Uzgen District Court"}', true),
  ('JALALABAD_CITY', '{"ky":"Жалал-Абад шаардык соту","ru":"Джалал-Абадский городской суд","en":"Jalal-Abad City Court"}', true),
  ('SUZAK', '{"ky":"Сузак райондук соту","ru":"Сузакский районный суд","en":"Suzak District Court"}', true),
  ('BATKEN', '{"ky":"Баткен райондук соту","ru":"Баткенский районный суд","en":"Batken District Court"}', true),
  ('KYZYLKIYA_CITY', '{"ky":"Кызыл-Кыя шаардык соту","ru":"Кызыл-Кийский городской суд","en":"Kyzyl-Kiya City Court"}', true)
ON CONFLICT ("code") DO NOTHING;
