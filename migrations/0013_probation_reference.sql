-- Probation reference data: a starting list the service checks and edits (probation types, conditions, settings).
-- Inserted only when absent, so an administrator's edits are never overwritten.
INSERT INTO "probation_types" ("code", "name", "description") VALUES
('pre_trial',
 '{"ky":"Сотко чейинки пробация","ru":"Досудебная пробация","en":"Pre-trial probation"}',
 '{"ky":"Соттун суроосу боюнча айыпталуучунун инсандыгы жөнүндө социалдык отчет жана сунуш, анын ичинде түрмөгө камоого альтернативалар.","ru":"Социальный отчёт о личности обвиняемого по запросу суда с рекомендацией, в том числе об альтернативах лишению свободы.","en":"A social report on the accused for the court, with a recommendation that may include alternatives to imprisonment."}'),
('executive',
 '{"ky":"Аткаруучу пробация","ru":"Исполнительная пробация","en":"Executive probation"}',
 '{"ky":"Эркиндиктен ажыратууга байланышпаган жазалардын жана шарттуу мөөнөтүнөн мурда бошотуунун аткарылышына көзөмөл.","ru":"Надзор за исполнением наказаний, не связанных с лишением свободы, и условно-досрочного освобождения.","en":"Supervision of non-custodial sentences and of conditional early release."}'),
('penitentiary',
 '{"ky":"Пенитенциардык пробация","ru":"Пенитенциарная пробация","en":"Penitentiary probation"}',
 '{"ky":"Жазасын өтөп жаткан адамды мекемеде бошотулууга даярдоо.","ru":"Подготовка осуждённого к освобождению в период отбывания наказания.","en":"Preparing a sentenced person for release while still in the institution."}'),
('post_penitentiary',
 '{"ky":"Постпенитенциардык пробация","ru":"Постпенитенциарная пробация","en":"Post-penitentiary probation"}',
 '{"ky":"Мекемеден бошотулгандан кийин коомго кайра кошулууга жардам көрсөтүү.","ru":"Содействие ресоциализации после освобождения из учреждения.","en":"Support for resettlement after release from the institution."}')
ON CONFLICT ("code") DO NOTHING;
--> statement-breakpoint
INSERT INTO "probation_condition_types" ("code", "name", "sort_order") VALUES
('report_to_office', '{"ky":"Пробация органына белгиленген мөөнөттө келип туруу","ru":"Являться в орган пробации в установленные сроки","en":"Report to the probation office when required"}', 1),
('not_leave_district', '{"ky":"Пробация органынын уруксатысыз району (шаарды) таштап чыкпоо","ru":"Не выезжать за пределы района (города) без разрешения органа пробации","en":"Not leave the district without the probation office''s permission"}', 2),
('not_change_residence', '{"ky":"Пробация органына кабарлабастан жашаган жерин алмаштырбоо","ru":"Не менять место жительства без уведомления органа пробации","en":"Not change residence without notifying the probation office"}', 3),
('night_at_home', '{"ky":"Түнкү саатта үйдө болуу","ru":"Находиться дома в ночное время","en":"Stay at home during night hours"}', 4),
('not_visit_places', '{"ky":"Белгиленген жерлерге барбоо","ru":"Не посещать определённые места","en":"Not visit certain places"}', 5),
('treatment', '{"ky":"Дарылоо курсунан өтүү","ru":"Пройти курс лечения","en":"Undergo treatment"}', 6),
('work_or_study', '{"ky":"Иштөө же окуу","ru":"Трудиться или учиться","en":"Work or study"}', 7),
('no_contact_with_named', '{"ky":"Көрсөтүлгөн адамдар менен байланышпоо","ru":"Не общаться с указанными лицами","en":"Not contact named persons"}', 8)
ON CONFLICT ("code") DO NOTHING;
--> statement-breakpoint
-- Days between supervision contacts per intensity and the default caseload: practice to be set by the service, not law.
INSERT INTO "probation_settings" ("key", "value") VALUES
('interval.high', 7),
('interval.medium', 14),
('interval.low', 30),
('interval.unclassified', 14),
('capacity.default', 40)
ON CONFLICT ("key") DO NOTHING;
