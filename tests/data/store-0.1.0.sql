PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE files (
    sha256           TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    path             TEXT NOT NULL,   -- as given on the command line (first path seen)
    status           TEXT NOT NULL CHECK (status IN ('ok', 'partial', 'failed')),
    pages            INTEGER,
    seconds          REAL,
    PRIMARY KEY (sha256, pipeline_version)
);
INSERT INTO files VALUES('73271a610f8939f6db93e99003abed2d7cc96ff43848d5dc6abbf1805bdff42e','0.1.0+24403bd24574','papers/stoke-ferry-pc-minutes-2012-11.html','ok',1,0.77126384199982567224);
INSERT INTO files VALUES('c4e002c771be7e1189a033eff24e09f2ab874f90c1b3140dcac62446ae577581','0.1.0+24403bd24574','papers/wsx-children-first-progress-2020-09.txt','ok',1,1.7137586400003783637);
CREATE TABLE documents (
    id               INTEGER PRIMARY KEY,
    source_path      TEXT NOT NULL,   -- the file it was first found in (the pack, for an item)
    sha256           TEXT NOT NULL,   -- sha256 of that file's bytes
    content_sha256   TEXT NOT NULL,   -- sha256 of its pages' text (page numbers, spacing removed)
    format           TEXT,            -- pdf | text | html
    pages            INTEGER,
    kind             TEXT,            -- report | minutes | agenda | agenda_pack | other
    title            TEXT,
    organisation     TEXT,
    committee        TEXT,
    date             TEXT,            -- YYYY-MM-DD or YYYY-MM
    status           TEXT NOT NULL CHECK (status IN ('ok', 'partial', 'failed')),
    pipeline_version TEXT NOT NULL,
    seconds          REAL,            -- extraction time
    parent_id        INTEGER REFERENCES documents(id) ON DELETE SET NULL,  -- the pack of an item
    item_number      TEXT,            -- agenda item number within the pack
    first_page       INTEGER,         -- page range within the pack (1-based, inclusive)
    last_page        INTEGER,
    json_path        TEXT,            -- the ExtractionResult, relative to the output folder
    UNIQUE (content_sha256, pipeline_version)
);
INSERT INTO documents VALUES(1,'papers/stoke-ferry-pc-minutes-2012-11.html','73271a610f8939f6db93e99003abed2d7cc96ff43848d5dc6abbf1805bdff42e','26cc7a56565c8f196412db26a17f053d3f20b8304930c1c7830730df51aef206','html',1,'minutes','Minutes of Stoke Ferry Parish Council Meeting held in The Community Centre At 7.30pm on Wednesday 21 November 2012','Stoke Ferry Parish Council','Stoke Ferry Parish Council','2012-11-21','ok','0.1.0+24403bd24574',0.77100000000000001865,NULL,NULL,NULL,NULL,'json/73271a610f8939f6db93e99003abed2d7cc96ff43848d5dc6abbf1805bdff42e.json');
INSERT INTO documents VALUES(2,'papers/wsx-children-first-progress-2020-09.txt','c4e002c771be7e1189a033eff24e09f2ab874f90c1b3140dcac62446ae577581','edb521918da726841819fb3b17bb2793c1792701907e92f30a0d6aeebb36c377','text',1,'report','Children First Service Improvement Programme: Progress Report September 2020','West Sussex County Council',NULL,'2020-09','ok','0.1.0+24403bd24574',1.713999999999999968,NULL,NULL,NULL,NULL,'json/c4e002c771be7e1189a033eff24e09f2ab874f90c1b3140dcac62446ae577581.json');
CREATE TABLE appearances (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    file_sha256  TEXT NOT NULL,
    path         TEXT NOT NULL,
    parent_id    INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    item_number  TEXT,
    first_page   INTEGER,
    last_page    INTEGER
);
INSERT INTO appearances VALUES(1,1,'73271a610f8939f6db93e99003abed2d7cc96ff43848d5dc6abbf1805bdff42e','papers/stoke-ferry-pc-minutes-2012-11.html',NULL,NULL,NULL,NULL);
INSERT INTO appearances VALUES(2,2,'c4e002c771be7e1189a033eff24e09f2ab874f90c1b3140dcac62446ae577581','papers/wsx-children-first-progress-2020-09.txt',NULL,NULL,NULL,NULL);
CREATE TABLE tables (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    table_index   INTEGER NOT NULL,   -- 0-based, in document order
    title         TEXT,
    pages         TEXT,               -- comma-separated page numbers
    unit          TEXT,
    scale         INTEGER,
    checks_passed INTEGER,
    checks_failed INTEGER,
    page INTEGER, char_start INTEGER, char_end INTEGER, bbox TEXT, snippet TEXT
);
INSERT INTO tables VALUES(1,2,0,NULL,'1','GBP',1000,76,3,1,6342,9073,NULL,'Г Full Amount Estimated Latest Full Amount Estimated Actual spend in 2019/20 Planned spend for 2020/21 Projected spend for 2020/21 Variation to planned spend 2020/21 Planned spend for 2021/22 Planned spend for 2022/23 £000 £000 £000 £000 £000 £000 £000 £000 Temporary investment in targeted improvement Senior Improvement Leads 1,160 446 580 315 (265) 303 0 Programme Management and support 1,500 1,307 571 537 716 179 20 0 Practice Improvement/Behaviour Change Programme 3,600 1,251 571 3,016 680 (2,336) 0 0 Leadership Development Programme 500 500 0 500 125 0 (375) 375 0 Specific Project Consultancy 1,000 31 0 31 802 0 (802) 0 0 0 Communications Lead 55 75 0 22 0 22 0 0 • 0 0 Complaints Officer Neglect Strategy work 64 155 78 0 77 0 77 0 0 Casework Audits 04 155 78 0 0 0 0 0 Improvement Leads 194 610 196 0 414 414 0 0 Additional Corporate Posts 154 128 0 50 95 45 33 0 Transition to Childrens Trust 29 Ö 0 29 29 0 ő Transition to enhances trase 8,148 5,097 1,915 5,485 2,451 (3,034) 731 Ö Temporary additional capacity (service & corporate); retention offer Retention Payments 2,150 2,152 2.152 0 0 0 0 0 Additional Service Posts 611 5,253 479 130 3,107 2,977 1,637 30 HR Support 188 140 140 0 3,107 2,5// 1,037 0 Commissioning Support 106 94 94 46 o 0 (46) Ö ő Additional Corporate Posts 248 337 161 13 56 43 120 Ö Admin/Business Support for Social Work Teams 150 120 0 120 120 0 0 0 Leadership Team redesign 386 285 157 128 128 0 0 0 Mosaic Improvement 285 0 53 150 97 135 0 3,839 8,666 3,183 490 3,561 3,071 1,892 30 Contingency 579 280 0 898 280 (618) 0 0 Temporary funding requirement 12,567 14,044 5,098 6,873 6,292 (581) 2,623 30 Permanent increase in base budget Cover for ASYE lower caseloads 1,000 1,000 1,220 1,000 1,000 0 1,000 0 Review of Social Work Remuneration/Retention 2,000 2,000 • 2,000 2,100 100 2,000 3,000 Admin/Business Support for Social Work Teams 700 700 30 700 150 (550) 700 700 Backfill for Social Work Apprentices 600 600 30 30 Ö 30 30 Workforce Retention Initiatives (staff parking; pool 350 350 23 350 300 (50) 350 350 Additional Service Posts 337 337 215 309 433 124 465 465 Leadership Team redesign 151 151 204 204 204 0 204 204 Transfer of work to Customer Services 120 120 Additional Corporate Posts 32 0 (32) 0 0 5,138 5,138 1,692 4,625 4,217 (408) 4,869 4,869 Contingency 0 0 0 513 0 (513) 269 269 Permanent funding requirement 5,138 5,138 1,692 5,138 4,217 (921) 5,138 5,138 -,=50 -,-50 _,,,,, 5,250 .,=17 (522) 2,230 2,250 Totals 17,705 19,182 6,790 12,011 10,509 (1,502) 7,761 5,168 17,705 19,102 0,790 , (1,502) Available funding 1 12,011 12,011 5,138 5,138 Additional funding required 0 (1,502) (1,502) 2,623 30');
INSERT INTO tables VALUES(2,2,1,'The following items have also been submitted as pressures to the MTFS for 2021/22 and 2022/23','1','GBP',1000,6,6,1,9075,9695,NULL,'The following items have also been submitted as pressures to the MTFS for 2021/22 and 2022/23 Additional Allocation Estimated Actual spend in 2019/20 Planned spend for 2020/21 Projected spend for 2020/21 Variation to planned spend 2020/21 Planned spend for 2021/22 Planned spend for 2022/23 £000 £000 £000 £000 £000 £000 £000 Temporary Estimate for IT Systems improvements 750 750 750 Extension to PMO supporting improvement work 260 260 260 1,010 0 1,010 1,010 Permanent SLT central support team 360 360 1,370 0 0 0 0 1,370 1,010 Total funding 20,552 6,790 0 (1,502) (1,502) 3,993 1,040');
CREATE TABLE table_rows (
    id          INTEGER PRIMARY KEY,
    table_id    INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
    row_index   INTEGER NOT NULL,
    label       TEXT,
    section     TEXT,
    kind        TEXT,                 -- item | subtotal | total | heading
    "check"     TEXT,                 -- passed | failed | unchecked
    page INTEGER, char_start INTEGER, char_end INTEGER, bbox TEXT, snippet TEXT,
    details     TEXT                  -- JSON: the row's other text columns by header
);
INSERT INTO table_rows VALUES(1,1,0,'Temporary investment in targeted improvement',NULL,'heading','unchecked',1,6610,6662,NULL,'Temporary investment in targeted improvement',NULL);
INSERT INTO table_rows VALUES(2,1,1,'Senior Improvement Leads','Temporary investment in targeted improvement','item','passed',1,6663,6718,NULL,'Senior Improvement Leads 1,160 446 580 315 (265) 303 0',NULL);
INSERT INTO table_rows VALUES(3,1,2,'Programme Management and support','Temporary investment in targeted improvement','item','passed',1,6719,6784,NULL,'Programme Management and support 1,500 1,307 571 537 716 179 20 0',NULL);
INSERT INTO table_rows VALUES(4,1,3,'Practice Improvement/Behaviour Change Programme','Temporary investment in targeted improvement','item','passed',1,6785,6870,NULL,'Practice Improvement/Behaviour Change Programme 3,600 1,251 571 3,016 680 (2,336) 0 0',NULL);
INSERT INTO table_rows VALUES(5,1,4,'Leadership Development Programme','Temporary investment in targeted improvement','item','passed',1,6871,6935,NULL,'Leadership Development Programme 500 500 0 500 125 0 (375) 375 0',NULL);
INSERT INTO table_rows VALUES(6,1,5,'Specific Project Consultancy','Temporary investment in targeted improvement','item','passed',1,6936,6996,NULL,'Specific Project Consultancy 1,000 31 0 31 802 0 (802) 0 0 0',NULL);
INSERT INTO table_rows VALUES(7,1,6,'Communications Lead','Temporary investment in targeted improvement','item','unchecked',1,6997,7042,NULL,'Communications Lead 55 75 0 22 0 22 0 0 • 0 0',NULL);
INSERT INTO table_rows VALUES(8,1,7,'Complaints Officer Neglect Strategy work','Temporary investment in targeted improvement','item','passed',1,7043,7107,NULL,'Complaints Officer Neglect Strategy work 64 155 78 0 77 0 77 0 0',NULL);
INSERT INTO table_rows VALUES(9,1,8,'Casework Audits','Temporary investment in targeted improvement','item','unchecked',1,7108,7143,NULL,'Casework Audits 04 155 78 0 0 0 0 0',NULL);
INSERT INTO table_rows VALUES(10,1,9,'Improvement Leads','Temporary investment in targeted improvement','item','passed',1,7144,7187,NULL,'Improvement Leads 194 610 196 0 414 414 0 0',NULL);
INSERT INTO table_rows VALUES(11,1,10,'Additional Corporate Posts','Temporary investment in targeted improvement','item','passed',1,7188,7238,NULL,'Additional Corporate Posts 154 128 0 50 95 45 33 0',NULL);
INSERT INTO table_rows VALUES(12,1,11,'Transition to Childrens Trust','Temporary investment in targeted improvement','item','passed',1,7239,7286,NULL,'Transition to Childrens Trust 29 Ö 0 29 29 0 ő',NULL);
INSERT INTO table_rows VALUES(13,1,12,'Transition to enhances trase','Temporary investment in targeted improvement','subtotal','failed',1,7287,7359,NULL,'Transition to enhances trase 8,148 5,097 1,915 5,485 2,451 (3,034) 731 Ö',NULL);
INSERT INTO table_rows VALUES(14,1,13,'Temporary additional capacity (service & corporate); retention offer',NULL,'heading','unchecked',1,7360,7444,NULL,'Temporary additional capacity (service & corporate); retention offer',NULL);
INSERT INTO table_rows VALUES(15,1,14,'Retention Payments','Temporary additional capacity (service & corporate); retention offer','item','unchecked',1,7445,7491,NULL,'Retention Payments 2,150 2,152 2.152 0 0 0 0 0',NULL);
INSERT INTO table_rows VALUES(16,1,15,'Additional Service Posts','Temporary additional capacity (service & corporate); retention offer','item','passed',1,7492,7555,NULL,'Additional Service Posts 611 5,253 479 130 3,107 2,977 1,637 30',NULL);
INSERT INTO table_rows VALUES(17,1,16,'HR Support','Temporary additional capacity (service & corporate); retention offer','item','unchecked',1,7556,7600,NULL,'HR Support 188 140 140 0 3,107 2,5// 1,037 0',NULL);
INSERT INTO table_rows VALUES(18,1,17,'Commissioning Support','Temporary additional capacity (service & corporate); retention offer','item','passed',1,7601,7648,NULL,'Commissioning Support 106 94 94 46 o 0 (46) Ö ő',NULL);
INSERT INTO table_rows VALUES(19,1,18,'Additional Corporate Posts','Temporary additional capacity (service & corporate); retention offer','item','passed',1,7649,7702,NULL,'Additional Corporate Posts 248 337 161 13 56 43 120 Ö',NULL);
INSERT INTO table_rows VALUES(20,1,19,'Admin/Business Support for Social Work Teams','Temporary additional capacity (service & corporate); retention offer','item','passed',1,7703,7771,NULL,'Admin/Business Support for Social Work Teams 150 120 0 120 120 0 0 0',NULL);
INSERT INTO table_rows VALUES(21,1,20,'Leadership Team redesign','Temporary additional capacity (service & corporate); retention offer','item','passed',1,7772,7822,NULL,'Leadership Team redesign 386 285 157 128 128 0 0 0',NULL);
INSERT INTO table_rows VALUES(22,1,21,'Mosaic Improvement','Temporary additional capacity (service & corporate); retention offer','item','passed',1,7823,7864,NULL,'Mosaic Improvement 285 0 53 150 97 135 0',NULL);
INSERT INTO table_rows VALUES(23,1,22,NULL,'Temporary additional capacity (service & corporate); retention offer','subtotal','passed',1,7865,7908,NULL,'3,839 8,666 3,183 490 3,561 3,071 1,892 30',NULL);
INSERT INTO table_rows VALUES(24,1,23,'Contingency','Temporary additional capacity (service & corporate); retention offer','item','passed',1,7909,7948,NULL,'Contingency 579 280 0 898 280 (618) 0 0',NULL);
INSERT INTO table_rows VALUES(25,1,24,'Temporary funding requirement','Temporary additional capacity (service & corporate); retention offer','total','passed',1,7949,8025,NULL,'Temporary funding requirement 12,567 14,044 5,098 6,873 6,292 (581) 2,623 30',NULL);
INSERT INTO table_rows VALUES(26,1,25,'Permanent increase in base budget',NULL,'heading','unchecked',1,8026,8067,NULL,'Permanent increase in base budget',NULL);
INSERT INTO table_rows VALUES(27,1,26,'Cover for ASYE lower caseloads','Permanent increase in base budget','item','passed',1,8068,8138,NULL,'Cover for ASYE lower caseloads 1,000 1,000 1,220 1,000 1,000 0 1,000 0',NULL);
INSERT INTO table_rows VALUES(28,1,27,'Review of Social Work Remuneration/Retention','Permanent increase in base budget','item','passed',1,8139,8225,NULL,'Review of Social Work Remuneration/Retention 2,000 2,000 • 2,000 2,100 100 2,000 3,000',NULL);
INSERT INTO table_rows VALUES(29,1,28,'Admin/Business Support for Social Work Teams','Permanent increase in base budget','item','passed',1,8226,8303,NULL,'Admin/Business Support for Social Work Teams 700 700 30 700 150 (550) 700 700',NULL);
INSERT INTO table_rows VALUES(30,1,29,'Backfill for Social Work Apprentices','Permanent increase in base budget','item','passed',1,8304,8363,NULL,'Backfill for Social Work Apprentices 600 600 30 30 Ö 30 30',NULL);
INSERT INTO table_rows VALUES(31,1,30,'Workforce Retention Initiatives (staff parking; pool','Permanent increase in base budget','item','passed',1,8364,8448,NULL,'Workforce Retention Initiatives (staff parking; pool 350 350 23 350 300 (50) 350 350',NULL);
INSERT INTO table_rows VALUES(32,1,31,'Additional Service Posts','Permanent increase in base budget','item','passed',1,8449,8505,NULL,'Additional Service Posts 337 337 215 309 433 124 465 465',NULL);
INSERT INTO table_rows VALUES(33,1,32,'Leadership Team redesign','Permanent increase in base budget','item','passed',1,8506,8560,NULL,'Leadership Team redesign 151 151 204 204 204 0 204 204',NULL);
INSERT INTO table_rows VALUES(34,1,33,'Transfer of work to Customer Services','Permanent increase in base budget','item','unchecked',1,8561,8612,NULL,'Transfer of work to Customer Services 120 120',NULL);
INSERT INTO table_rows VALUES(35,1,34,'Additional Corporate Posts','Permanent increase in base budget','item','passed',1,8613,8656,NULL,'Additional Corporate Posts 32 0 (32) 0 0',NULL);
INSERT INTO table_rows VALUES(36,1,35,NULL,'Permanent increase in base budget','subtotal','passed',1,8657,8705,NULL,'5,138 5,138 1,692 4,625 4,217 (408) 4,869 4,869',NULL);
INSERT INTO table_rows VALUES(37,1,36,'Contingency','Permanent increase in base budget','item','passed',1,8706,8743,NULL,'Contingency 0 0 0 513 0 (513) 269 269',NULL);
INSERT INTO table_rows VALUES(38,1,37,'Permanent funding requirement','Permanent increase in base budget','total','passed',1,8744,8821,NULL,'Permanent funding requirement 5,138 5,138 1,692 5,138 4,217 (921) 5,138 5,138',NULL);
INSERT INTO table_rows VALUES(39,1,38,NULL,'Permanent increase in base budget','item','unchecked',1,8822,8871,NULL,'-,=50 -,-50 _,,,,, 5,250 .,=17 (522) 2,230 2,250',NULL);
INSERT INTO table_rows VALUES(40,1,39,'Totals','Permanent increase in base budget','total','passed',1,8872,8932,NULL,'Totals 17,705 19,182 6,790 12,011 10,509 (1,502) 7,761 5,168',NULL);
INSERT INTO table_rows VALUES(41,1,40,NULL,'Permanent increase in base budget','item','unchecked',1,8933,8966,NULL,'17,705 19,102 0,790 , (1,502)',NULL);
INSERT INTO table_rows VALUES(42,1,41,'Available funding','Permanent increase in base budget','item','unchecked',1,8967,9015,NULL,'Available funding 1 12,011 12,011 5,138 5,138',NULL);
INSERT INTO table_rows VALUES(43,1,42,'Additional funding required','Permanent increase in base budget','item','passed',1,9016,9073,NULL,'Additional funding required 0 (1,502) (1,502) 2,623 30',NULL);
INSERT INTO table_rows VALUES(44,2,0,'Temporary',NULL,'heading','unchecked',1,9402,9418,NULL,'Temporary',NULL);
INSERT INTO table_rows VALUES(45,2,1,'Estimate for IT Systems improvements','Temporary','item','unchecked',1,9419,9471,NULL,'Estimate for IT Systems improvements 750 750 750',NULL);
INSERT INTO table_rows VALUES(46,2,2,'Extension to PMO supporting improvement work','Temporary','item','unchecked',1,9472,9532,NULL,'Extension to PMO supporting improvement work 260 260 260',NULL);
INSERT INTO table_rows VALUES(47,2,3,NULL,'Temporary','subtotal','passed',1,9533,9556,NULL,'1,010 0 1,010 1,010',NULL);
INSERT INTO table_rows VALUES(48,2,4,'Permanent',NULL,'heading','unchecked',1,9557,9573,NULL,'Permanent',NULL);
INSERT INTO table_rows VALUES(49,2,5,'SLT central support team','Permanent','item','unchecked',1,9574,9611,NULL,'SLT central support team 360 360',NULL);
INSERT INTO table_rows VALUES(50,2,6,NULL,'Permanent','subtotal','passed',1,9612,9638,NULL,'1,370 0 0 0 0 1,370 1,010',NULL);
INSERT INTO table_rows VALUES(51,2,7,'Total funding','Permanent','total','failed',1,9639,9695,NULL,'Total funding 20,552 6,790 0 (1,502) (1,502) 3,993 1,040',NULL);
CREATE TABLE table_cells (
    id            INTEGER PRIMARY KEY,
    row_id        INTEGER NOT NULL REFERENCES table_rows(id) ON DELETE CASCADE,
    column_index  INTEGER NOT NULL,
    "column"      TEXT,               -- the column header
    measure       TEXT,               -- budget | planned | actual | projected | variance | ...
    period        TEXT,               -- as printed, e.g. 2020/21
    period_start  TEXT,
    period_end    TEXT,
    value         NUMERIC,            -- in pounds (scale applied); NULL = blank
    raw           TEXT,               -- as printed
    flags         TEXT                -- JSON list of {code, raw, message}
);
INSERT INTO table_cells VALUES(1,1,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO table_cells VALUES(2,1,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO table_cells VALUES(3,1,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(4,1,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(5,1,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(6,1,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(7,1,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(8,1,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(9,2,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,1160000,'1,160',NULL);
INSERT INTO table_cells VALUES(10,2,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO table_cells VALUES(11,2,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',446000,'446',NULL);
INSERT INTO table_cells VALUES(12,2,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',580000,'580',NULL);
INSERT INTO table_cells VALUES(13,2,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',315000,'315',NULL);
INSERT INTO table_cells VALUES(14,2,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',-265000,'(265)',NULL);
INSERT INTO table_cells VALUES(15,2,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',303000,'303',NULL);
INSERT INTO table_cells VALUES(16,2,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(17,3,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,1500000,'1,500',NULL);
INSERT INTO table_cells VALUES(18,3,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,1307000,'1,307',NULL);
INSERT INTO table_cells VALUES(19,3,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',571000,'571',NULL);
INSERT INTO table_cells VALUES(20,3,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',537000,'537',NULL);
INSERT INTO table_cells VALUES(21,3,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',716000,'716',NULL);
INSERT INTO table_cells VALUES(22,3,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',179000,'179',NULL);
INSERT INTO table_cells VALUES(23,3,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',20000,'20',NULL);
INSERT INTO table_cells VALUES(24,3,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(25,4,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,3600000,'3,600',NULL);
INSERT INTO table_cells VALUES(26,4,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,1251000,'1,251',NULL);
INSERT INTO table_cells VALUES(27,4,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',571000,'571',NULL);
INSERT INTO table_cells VALUES(28,4,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',3016000,'3,016',NULL);
INSERT INTO table_cells VALUES(29,4,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',680000,'680',NULL);
INSERT INTO table_cells VALUES(30,4,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',-2336000,'(2,336)',NULL);
INSERT INTO table_cells VALUES(31,4,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(32,4,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(33,5,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,500000,'500',NULL);
INSERT INTO table_cells VALUES(34,5,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,500000,'500',NULL);
INSERT INTO table_cells VALUES(35,5,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(36,5,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',500000,'500',NULL);
INSERT INTO table_cells VALUES(37,5,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',125000,'125 0','[{"code": "split_first", "raw": "125 0", "message": "read ''125 0'' as 125"}]');
INSERT INTO table_cells VALUES(38,5,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',-375000,'(375)',NULL);
INSERT INTO table_cells VALUES(39,5,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',375000,'375',NULL);
INSERT INTO table_cells VALUES(40,5,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(41,6,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,1000000,'1,000',NULL);
INSERT INTO table_cells VALUES(42,6,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,31000,'31 0','[{"code": "split_first", "raw": "31 0", "message": "read ''31 0'' as 31"}]');
INSERT INTO table_cells VALUES(43,6,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',31000,'31',NULL);
INSERT INTO table_cells VALUES(44,6,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',802000,'802',NULL);
INSERT INTO table_cells VALUES(45,6,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(46,6,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',-802000,'(802) 0','[{"code": "split_first", "raw": "(802) 0", "message": "read ''(802) 0'' as -802"}]');
INSERT INTO table_cells VALUES(47,6,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(48,6,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(49,7,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,55000,'55 75','[{"code": "split_first", "raw": "55 75", "message": "read ''55 75'' as 55"}]');
INSERT INTO table_cells VALUES(50,7,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,0,'0 22','[{"code": "split_first", "raw": "0 22", "message": "read ''0 22'' as 0"}]');
INSERT INTO table_cells VALUES(51,7,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',0,'0 22','[{"code": "split_first", "raw": "0 22", "message": "read ''0 22'' as 0"}]');
INSERT INTO table_cells VALUES(52,7,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(53,7,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(54,7,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',0,'•','[{"code": "ocr_dash", "raw": "\u2022", "message": "read ''\u2022'' as 0"}]');
INSERT INTO table_cells VALUES(55,7,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(56,7,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(57,8,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,64000,'64',NULL);
INSERT INTO table_cells VALUES(58,8,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,155000,'155',NULL);
INSERT INTO table_cells VALUES(59,8,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',78000,'78',NULL);
INSERT INTO table_cells VALUES(60,8,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(61,8,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',77000,'77',NULL);
INSERT INTO table_cells VALUES(62,8,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',77000,'0 77','[{"code": "split_second", "raw": "0 77", "message": "read ''0 77'' as 77 (chosen by the table''s arithmetic)"}]');
INSERT INTO table_cells VALUES(63,8,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(64,8,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(65,9,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,4000,'04',NULL);
INSERT INTO table_cells VALUES(66,9,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,155000,'155',NULL);
INSERT INTO table_cells VALUES(67,9,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',78000,'78',NULL);
INSERT INTO table_cells VALUES(68,9,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(69,9,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(70,9,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(71,9,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(72,9,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(73,10,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,194000,'194',NULL);
INSERT INTO table_cells VALUES(74,10,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,610000,'610',NULL);
INSERT INTO table_cells VALUES(75,10,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',196000,'196',NULL);
INSERT INTO table_cells VALUES(76,10,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(77,10,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',414000,'414',NULL);
INSERT INTO table_cells VALUES(78,10,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',414000,'414',NULL);
INSERT INTO table_cells VALUES(79,10,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(80,10,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(81,11,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,154000,'154',NULL);
INSERT INTO table_cells VALUES(82,11,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,128000,'128',NULL);
INSERT INTO table_cells VALUES(83,11,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(84,11,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',50000,'50',NULL);
INSERT INTO table_cells VALUES(85,11,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',95000,'95',NULL);
INSERT INTO table_cells VALUES(86,11,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',45000,'45',NULL);
INSERT INTO table_cells VALUES(87,11,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',33000,'33',NULL);
INSERT INTO table_cells VALUES(88,11,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(89,12,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO table_cells VALUES(90,12,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,29000,'29',NULL);
INSERT INTO table_cells VALUES(91,12,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',0,'Ö','[{"code": "ocr_zero", "raw": "\u00d6", "message": "read ''\u00d6'' as 0"}]');
INSERT INTO table_cells VALUES(92,12,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(93,12,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',29000,'29',NULL);
INSERT INTO table_cells VALUES(94,12,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',29000,'29',NULL);
INSERT INTO table_cells VALUES(95,12,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(96,12,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'ő','[{"code": "ocr_zero", "raw": "\u0151", "message": "read ''\u0151'' as 0"}]');
INSERT INTO table_cells VALUES(97,13,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,8148000,'8,148','[{"code": "check_failed", "raw": "8,148", "message": "Transition to enhances trase: Full Amount Estimated = subtotal of 11 rows above: expected 8231, printed 8148"}]');
INSERT INTO table_cells VALUES(98,13,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,5097000,'5,097','[{"code": "check_failed", "raw": "5,097", "message": "Transition to enhances trase: Latest Full Amount Estimated = subtotal of 11 rows above: expected 4166, printed 5097"}]');
INSERT INTO table_cells VALUES(99,13,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',1915000,'1,915','[{"code": "check_failed", "raw": "1,915", "message": "Transition to enhances trase: Actual spend in 2019/20 = subtotal of 11 rows above: expected 1971, printed 1915"}]');
INSERT INTO table_cells VALUES(100,13,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',5485000,'5,485',NULL);
INSERT INTO table_cells VALUES(101,13,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',2451000,'2,451',NULL);
INSERT INTO table_cells VALUES(102,13,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',-3034000,'(3,034)',NULL);
INSERT INTO table_cells VALUES(103,13,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',731000,'731',NULL);
INSERT INTO table_cells VALUES(104,13,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'Ö','[{"code": "ocr_zero", "raw": "\u00d6", "message": "read ''\u00d6'' as 0"}]');
INSERT INTO table_cells VALUES(105,14,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO table_cells VALUES(106,14,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO table_cells VALUES(107,14,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(108,14,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(109,14,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(110,14,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(111,14,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(112,14,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(113,15,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,2150000,'2,150',NULL);
INSERT INTO table_cells VALUES(114,15,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,2152000,'2,152',NULL);
INSERT INTO table_cells VALUES(115,15,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',2152000,'2.152','[{"code": "ocr_point", "raw": "2.152", "message": "read ''2.152'' as 2152"}]');
INSERT INTO table_cells VALUES(116,15,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(117,15,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(118,15,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(119,15,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(120,15,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(121,16,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,611000,'611',NULL);
INSERT INTO table_cells VALUES(122,16,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,5253000,'5,253',NULL);
INSERT INTO table_cells VALUES(123,16,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',479000,'479',NULL);
INSERT INTO table_cells VALUES(124,16,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',130000,'130',NULL);
INSERT INTO table_cells VALUES(125,16,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',3107000,'3,107',NULL);
INSERT INTO table_cells VALUES(126,16,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',2977000,'2,977',NULL);
INSERT INTO table_cells VALUES(127,16,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',1637000,'1,637',NULL);
INSERT INTO table_cells VALUES(128,16,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',30000,'30',NULL);
INSERT INTO table_cells VALUES(129,17,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,188000,'188',NULL);
INSERT INTO table_cells VALUES(130,17,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,140000,'140',NULL);
INSERT INTO table_cells VALUES(131,17,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',140000,'140',NULL);
INSERT INTO table_cells VALUES(132,17,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(133,17,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',0,'3,107','[{"code": "ocr_copied_from_row_above", "raw": "3,107", "message": "read ''3,107'' as 0 (chosen by the table''s arithmetic)"}]');
INSERT INTO table_cells VALUES(134,17,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',0,'2,5//','[{"code": "derived_from_arithmetic", "raw": "2,5//", "message": "read ''2,5//'' as 0 (chosen by the table''s arithmetic)"}]');
INSERT INTO table_cells VALUES(135,17,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',0,'1,037','[{"code": "ocr_copied_from_row_above", "raw": "1,037", "message": "read ''1,037'' as 0 (chosen by the table''s arithmetic)"}]');
INSERT INTO table_cells VALUES(136,17,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(137,18,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,106000,'106',NULL);
INSERT INTO table_cells VALUES(138,18,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,94000,'94',NULL);
INSERT INTO table_cells VALUES(139,18,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',94000,'94',NULL);
INSERT INTO table_cells VALUES(140,18,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',46000,'46',NULL);
INSERT INTO table_cells VALUES(141,18,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',0,'o 0','[{"code": "split_first", "raw": "o 0", "message": "read ''o 0'' as 0"}]');
INSERT INTO table_cells VALUES(142,18,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',-46000,'(46)',NULL);
INSERT INTO table_cells VALUES(143,18,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',0,'Ö','[{"code": "ocr_zero", "raw": "\u00d6", "message": "read ''\u00d6'' as 0"}]');
INSERT INTO table_cells VALUES(144,18,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'ő','[{"code": "ocr_zero", "raw": "\u0151", "message": "read ''\u0151'' as 0"}]');
INSERT INTO table_cells VALUES(145,19,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,248000,'248',NULL);
INSERT INTO table_cells VALUES(146,19,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,337000,'337',NULL);
INSERT INTO table_cells VALUES(147,19,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',161000,'161',NULL);
INSERT INTO table_cells VALUES(148,19,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',13000,'13',NULL);
INSERT INTO table_cells VALUES(149,19,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',56000,'56',NULL);
INSERT INTO table_cells VALUES(150,19,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',43000,'43',NULL);
INSERT INTO table_cells VALUES(151,19,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',120000,'120',NULL);
INSERT INTO table_cells VALUES(152,19,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'Ö','[{"code": "ocr_zero", "raw": "\u00d6", "message": "read ''\u00d6'' as 0"}]');
INSERT INTO table_cells VALUES(153,20,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,150000,'150',NULL);
INSERT INTO table_cells VALUES(154,20,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,120000,'120',NULL);
INSERT INTO table_cells VALUES(155,20,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(156,20,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',120000,'120',NULL);
INSERT INTO table_cells VALUES(157,20,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',120000,'120',NULL);
INSERT INTO table_cells VALUES(158,20,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(159,20,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(160,20,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(161,21,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,386000,'386',NULL);
INSERT INTO table_cells VALUES(162,21,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,285000,'285',NULL);
INSERT INTO table_cells VALUES(163,21,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',157000,'157',NULL);
INSERT INTO table_cells VALUES(164,21,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',128000,'128',NULL);
INSERT INTO table_cells VALUES(165,21,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',128000,'128',NULL);
INSERT INTO table_cells VALUES(166,21,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(167,21,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(168,21,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(169,22,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO table_cells VALUES(170,22,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,285000,'285',NULL);
INSERT INTO table_cells VALUES(171,22,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(172,22,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',53000,'53',NULL);
INSERT INTO table_cells VALUES(173,22,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',150000,'150',NULL);
INSERT INTO table_cells VALUES(174,22,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',97000,'97',NULL);
INSERT INTO table_cells VALUES(175,22,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',135000,'135',NULL);
INSERT INTO table_cells VALUES(176,22,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(177,23,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,3839000,'3,839',NULL);
INSERT INTO table_cells VALUES(178,23,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,8666000,'8,666',NULL);
INSERT INTO table_cells VALUES(179,23,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',3183000,'3,183',NULL);
INSERT INTO table_cells VALUES(180,23,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',490000,'490',NULL);
INSERT INTO table_cells VALUES(181,23,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',3561000,'3,561',NULL);
INSERT INTO table_cells VALUES(182,23,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',3071000,'3,071',NULL);
INSERT INTO table_cells VALUES(183,23,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',1892000,'1,892',NULL);
INSERT INTO table_cells VALUES(184,23,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',30000,'30',NULL);
INSERT INTO table_cells VALUES(185,24,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,579000,'579',NULL);
INSERT INTO table_cells VALUES(186,24,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,280000,'280',NULL);
INSERT INTO table_cells VALUES(187,24,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(188,24,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',898000,'898',NULL);
INSERT INTO table_cells VALUES(189,24,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',280000,'280',NULL);
INSERT INTO table_cells VALUES(190,24,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',-618000,'(618)',NULL);
INSERT INTO table_cells VALUES(191,24,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(192,24,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(193,25,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,12567000,'12,567',NULL);
INSERT INTO table_cells VALUES(194,25,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,14044000,'14,044',NULL);
INSERT INTO table_cells VALUES(195,25,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',5098000,'5,098',NULL);
INSERT INTO table_cells VALUES(196,25,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',6873000,'6,873',NULL);
INSERT INTO table_cells VALUES(197,25,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',6292000,'6,292',NULL);
INSERT INTO table_cells VALUES(198,25,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',-581000,'(581)',NULL);
INSERT INTO table_cells VALUES(199,25,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',2623000,'2,623',NULL);
INSERT INTO table_cells VALUES(200,25,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',30000,'30',NULL);
INSERT INTO table_cells VALUES(201,26,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO table_cells VALUES(202,26,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO table_cells VALUES(203,26,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(204,26,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(205,26,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(206,26,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(207,26,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(208,26,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(209,27,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,1000000,'1,000',NULL);
INSERT INTO table_cells VALUES(210,27,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,1000000,'1,000',NULL);
INSERT INTO table_cells VALUES(211,27,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',1220000,'1,220',NULL);
INSERT INTO table_cells VALUES(212,27,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',1000000,'1,000',NULL);
INSERT INTO table_cells VALUES(213,27,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',1000000,'1,000',NULL);
INSERT INTO table_cells VALUES(214,27,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(215,27,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',1000000,'1,000',NULL);
INSERT INTO table_cells VALUES(216,27,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(217,28,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,2000000,'2,000',NULL);
INSERT INTO table_cells VALUES(218,28,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,2000000,'2,000',NULL);
INSERT INTO table_cells VALUES(219,28,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',0,'•','[{"code": "ocr_dash", "raw": "\u2022", "message": "read ''\u2022'' as 0"}]');
INSERT INTO table_cells VALUES(220,28,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',2000000,'2,000',NULL);
INSERT INTO table_cells VALUES(221,28,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',2100000,'2,100',NULL);
INSERT INTO table_cells VALUES(222,28,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',100000,'100',NULL);
INSERT INTO table_cells VALUES(223,28,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',2000000,'2,000',NULL);
INSERT INTO table_cells VALUES(224,28,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',3000000,'3,000',NULL);
INSERT INTO table_cells VALUES(225,29,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,700000,'700',NULL);
INSERT INTO table_cells VALUES(226,29,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,700000,'700',NULL);
INSERT INTO table_cells VALUES(227,29,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',30000,'30',NULL);
INSERT INTO table_cells VALUES(228,29,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',700000,'700',NULL);
INSERT INTO table_cells VALUES(229,29,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',150000,'150',NULL);
INSERT INTO table_cells VALUES(230,29,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',-550000,'(550)',NULL);
INSERT INTO table_cells VALUES(231,29,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',700000,'700',NULL);
INSERT INTO table_cells VALUES(232,29,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',700000,'700',NULL);
INSERT INTO table_cells VALUES(233,30,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,600000,'600',NULL);
INSERT INTO table_cells VALUES(234,30,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,600000,'600',NULL);
INSERT INTO table_cells VALUES(235,30,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(236,30,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',30000,'30',NULL);
INSERT INTO table_cells VALUES(237,30,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',30000,'30',NULL);
INSERT INTO table_cells VALUES(238,30,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',0,'Ö','[{"code": "ocr_zero", "raw": "\u00d6", "message": "read ''\u00d6'' as 0"}]');
INSERT INTO table_cells VALUES(239,30,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',30000,'30',NULL);
INSERT INTO table_cells VALUES(240,30,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',30000,'30',NULL);
INSERT INTO table_cells VALUES(241,31,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,350000,'350',NULL);
INSERT INTO table_cells VALUES(242,31,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,350000,'350',NULL);
INSERT INTO table_cells VALUES(243,31,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',23000,'23',NULL);
INSERT INTO table_cells VALUES(244,31,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',350000,'350',NULL);
INSERT INTO table_cells VALUES(245,31,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',300000,'300',NULL);
INSERT INTO table_cells VALUES(246,31,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',-50000,'(50)',NULL);
INSERT INTO table_cells VALUES(247,31,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',350000,'350',NULL);
INSERT INTO table_cells VALUES(248,31,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',350000,'350',NULL);
INSERT INTO table_cells VALUES(249,32,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,337000,'337',NULL);
INSERT INTO table_cells VALUES(250,32,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,337000,'337',NULL);
INSERT INTO table_cells VALUES(251,32,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',215000,'215',NULL);
INSERT INTO table_cells VALUES(252,32,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',309000,'309',NULL);
INSERT INTO table_cells VALUES(253,32,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',433000,'433',NULL);
INSERT INTO table_cells VALUES(254,32,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',124000,'124',NULL);
INSERT INTO table_cells VALUES(255,32,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',465000,'465',NULL);
INSERT INTO table_cells VALUES(256,32,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',465000,'465',NULL);
INSERT INTO table_cells VALUES(257,33,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,151000,'151',NULL);
INSERT INTO table_cells VALUES(258,33,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,151000,'151',NULL);
INSERT INTO table_cells VALUES(259,33,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',204000,'204',NULL);
INSERT INTO table_cells VALUES(260,33,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',204000,'204',NULL);
INSERT INTO table_cells VALUES(261,33,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',204000,'204',NULL);
INSERT INTO table_cells VALUES(262,33,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(263,33,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',204000,'204',NULL);
INSERT INTO table_cells VALUES(264,33,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',204000,'204',NULL);
INSERT INTO table_cells VALUES(265,34,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO table_cells VALUES(266,34,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO table_cells VALUES(267,34,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(268,34,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(269,34,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(270,34,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(271,34,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',120000,'120',NULL);
INSERT INTO table_cells VALUES(272,34,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',120000,'120',NULL);
INSERT INTO table_cells VALUES(273,35,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO table_cells VALUES(274,35,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO table_cells VALUES(275,35,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(276,35,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',32000,'32',NULL);
INSERT INTO table_cells VALUES(277,35,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(278,35,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',-32000,'(32)',NULL);
INSERT INTO table_cells VALUES(279,35,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(280,35,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(281,36,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,5138000,'5,138',NULL);
INSERT INTO table_cells VALUES(282,36,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,5138000,'5,138',NULL);
INSERT INTO table_cells VALUES(283,36,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',1692000,'1,692',NULL);
INSERT INTO table_cells VALUES(284,36,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',4625000,'4,625',NULL);
INSERT INTO table_cells VALUES(285,36,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',4217000,'4,217',NULL);
INSERT INTO table_cells VALUES(286,36,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',-408000,'(408)',NULL);
INSERT INTO table_cells VALUES(287,36,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',4869000,'4,869',NULL);
INSERT INTO table_cells VALUES(288,36,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',4869000,'4,869',NULL);
INSERT INTO table_cells VALUES(289,37,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,0,'0',NULL);
INSERT INTO table_cells VALUES(290,37,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,0,'0',NULL);
INSERT INTO table_cells VALUES(291,37,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(292,37,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',513000,'513',NULL);
INSERT INTO table_cells VALUES(293,37,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(294,37,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',-513000,'(513)',NULL);
INSERT INTO table_cells VALUES(295,37,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',269000,'269',NULL);
INSERT INTO table_cells VALUES(296,37,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',269000,'269',NULL);
INSERT INTO table_cells VALUES(297,38,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,5138000,'5,138',NULL);
INSERT INTO table_cells VALUES(298,38,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,5138000,'5,138',NULL);
INSERT INTO table_cells VALUES(299,38,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',1692000,'1,692',NULL);
INSERT INTO table_cells VALUES(300,38,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',5138000,'5,138',NULL);
INSERT INTO table_cells VALUES(301,38,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',4217000,'4,217',NULL);
INSERT INTO table_cells VALUES(302,38,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',-921000,'(921)',NULL);
INSERT INTO table_cells VALUES(303,38,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',5138000,'5,138',NULL);
INSERT INTO table_cells VALUES(304,38,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',5138000,'5,138',NULL);
INSERT INTO table_cells VALUES(305,39,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,NULL,'-,=50',NULL);
INSERT INTO table_cells VALUES(306,39,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,NULL,'-,-50',NULL);
INSERT INTO table_cells VALUES(307,39,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',NULL,'_,,,,,',NULL);
INSERT INTO table_cells VALUES(308,39,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',NULL,'5,250',NULL);
INSERT INTO table_cells VALUES(309,39,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',NULL,'.,=17',NULL);
INSERT INTO table_cells VALUES(310,39,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',NULL,'(522)',NULL);
INSERT INTO table_cells VALUES(311,39,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',NULL,'2,230',NULL);
INSERT INTO table_cells VALUES(312,39,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',NULL,'2,250',NULL);
INSERT INTO table_cells VALUES(313,40,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,17705000,'17,705',NULL);
INSERT INTO table_cells VALUES(314,40,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,19182000,'19,182',NULL);
INSERT INTO table_cells VALUES(315,40,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',6790000,'6,790',NULL);
INSERT INTO table_cells VALUES(316,40,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',12011000,'12,011',NULL);
INSERT INTO table_cells VALUES(317,40,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',10509000,'10,509',NULL);
INSERT INTO table_cells VALUES(318,40,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',-1502000,'(1,502)',NULL);
INSERT INTO table_cells VALUES(319,40,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',7761000,'7,761',NULL);
INSERT INTO table_cells VALUES(320,40,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',5168000,'5,168',NULL);
INSERT INTO table_cells VALUES(321,41,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,NULL,'17,705',NULL);
INSERT INTO table_cells VALUES(322,41,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,NULL,'19,102',NULL);
INSERT INTO table_cells VALUES(323,41,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',NULL,'0,790',NULL);
INSERT INTO table_cells VALUES(324,41,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(325,41,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',NULL,',',NULL);
INSERT INTO table_cells VALUES(326,41,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',NULL,'(1,502)',NULL);
INSERT INTO table_cells VALUES(327,41,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(328,41,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(329,42,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,1000,'1',NULL);
INSERT INTO table_cells VALUES(330,42,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO table_cells VALUES(331,42,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(332,42,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',12011000,'12,011',NULL);
INSERT INTO table_cells VALUES(333,42,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',12011000,'12,011',NULL);
INSERT INTO table_cells VALUES(334,42,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(335,42,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',5138000,'5,138',NULL);
INSERT INTO table_cells VALUES(336,42,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',5138000,'5,138',NULL);
INSERT INTO table_cells VALUES(337,43,0,'Full Amount Estimated','estimate',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO table_cells VALUES(338,43,1,'Latest Full Amount Estimated','estimate',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO table_cells VALUES(339,43,2,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(340,43,3,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(341,43,4,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',-1502000,'(1,502)',NULL);
INSERT INTO table_cells VALUES(342,43,5,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',-1502000,'(1,502)',NULL);
INSERT INTO table_cells VALUES(343,43,6,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',2623000,'2,623',NULL);
INSERT INTO table_cells VALUES(344,43,7,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',30000,'30',NULL);
INSERT INTO table_cells VALUES(345,44,0,'Additional Allocation Estimated','budget',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO table_cells VALUES(346,44,1,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(347,44,2,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(348,44,3,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(349,44,4,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(350,44,5,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(351,44,6,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(352,45,0,'Additional Allocation Estimated','budget',NULL,NULL,NULL,750000,'750',NULL);
INSERT INTO table_cells VALUES(353,45,1,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(354,45,2,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(355,45,3,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(356,45,4,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(357,45,5,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',750000,'750',NULL);
INSERT INTO table_cells VALUES(358,45,6,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',750000,'750',NULL);
INSERT INTO table_cells VALUES(359,46,0,'Additional Allocation Estimated','budget',NULL,NULL,NULL,260000,'260',NULL);
INSERT INTO table_cells VALUES(360,46,1,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(361,46,2,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(362,46,3,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(363,46,4,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(364,46,5,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',260000,'260',NULL);
INSERT INTO table_cells VALUES(365,46,6,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',260000,'260',NULL);
INSERT INTO table_cells VALUES(366,47,0,'Additional Allocation Estimated','budget',NULL,NULL,NULL,1010000,'1,010',NULL);
INSERT INTO table_cells VALUES(367,47,1,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(368,47,2,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(369,47,3,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(370,47,4,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(371,47,5,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',1010000,'1,010',NULL);
INSERT INTO table_cells VALUES(372,47,6,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',1010000,'1,010',NULL);
INSERT INTO table_cells VALUES(373,48,0,'Additional Allocation Estimated','budget',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO table_cells VALUES(374,48,1,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(375,48,2,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(376,48,3,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(377,48,4,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(378,48,5,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(379,48,6,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(380,49,0,'Additional Allocation Estimated','budget',NULL,NULL,NULL,360000,'360',NULL);
INSERT INTO table_cells VALUES(381,49,1,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(382,49,2,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(383,49,3,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(384,49,4,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(385,49,5,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',360000,'360',NULL);
INSERT INTO table_cells VALUES(386,49,6,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',NULL,NULL,NULL);
INSERT INTO table_cells VALUES(387,50,0,'Additional Allocation Estimated','budget',NULL,NULL,NULL,1370000,'1,370',NULL);
INSERT INTO table_cells VALUES(388,50,1,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(389,50,2,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(390,50,3,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(391,50,4,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(392,50,5,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',1370000,'1,370',NULL);
INSERT INTO table_cells VALUES(393,50,6,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',1010000,'1,010',NULL);
INSERT INTO table_cells VALUES(394,51,0,'Additional Allocation Estimated','budget',NULL,NULL,NULL,20552000,'20,552','[{"code": "check_failed", "raw": "20,552", "message": "Total funding: Additional Allocation Estimated = total of 2 rows above: expected 2380, printed 20552"}]');
INSERT INTO table_cells VALUES(395,51,1,'Actual spend in 2019/20','actual','2019/20','2019-04-01','2020-03-31',6790000,'6,790','[{"code": "check_failed", "raw": "6,790", "message": "Total funding: Actual spend in 2019/20 = total of 2 rows above: expected 0, printed 6790"}]');
INSERT INTO table_cells VALUES(396,51,2,'Planned spend for 2020/21','planned','2020/21','2020-04-01','2021-03-31',0,'0',NULL);
INSERT INTO table_cells VALUES(397,51,3,'Projected spend for 2020/21','projected','2020/21','2020-04-01','2021-03-31',-1502000,'(1,502)','[{"code": "check_failed", "raw": "(1,502)", "message": "Total funding: Projected spend for 2020/21 = total of 2 rows above: expected 0, printed -1502"}]');
INSERT INTO table_cells VALUES(398,51,4,'Variation to planned spend 2020/21','variance','2020/21','2020-04-01','2021-03-31',-1502000,'(1,502)','[{"code": "check_failed", "raw": "(1,502)", "message": "Total funding: Variation to planned spend 2020/21 = total of 2 rows above: expected 0, printed -1502"}]');
INSERT INTO table_cells VALUES(399,51,5,'Planned spend for 2021/22','planned','2021/22','2021-04-01','2022-03-31',3993000,'3,993','[{"code": "check_failed", "raw": "3,993", "message": "Total funding: Planned spend for 2021/22 = total of 2 rows above: expected 2380, printed 3993"}]');
INSERT INTO table_cells VALUES(400,51,6,'Planned spend for 2022/23','planned','2022/23','2022-04-01','2023-03-31',1040000,'1,040','[{"code": "check_failed", "raw": "1,040", "message": "Total funding: Planned spend for 2022/23 = total of 2 rows above: expected 2020, printed 1040"}]');
CREATE TABLE appointments (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    person       TEXT NOT NULL,
    role         TEXT NOT NULL,
    organisation TEXT,
    status       TEXT,                -- permanent | interim | acting | agency
    start_date   TEXT,
    event        TEXT,                -- appointed | elected | resigned | left
    page INTEGER, char_start INTEGER, char_end INTEGER, bbox TEXT, snippet TEXT
);
INSERT INTO appointments VALUES(1,1,'R Bivon','Chair',NULL,NULL,NULL,NULL,1,201,221,NULL,'Cllr R Bivon (Chair)');
INSERT INTO appointments VALUES(2,1,'L McCarthy','Vice-Chair',NULL,NULL,NULL,NULL,1,223,251,NULL,'Cllr L McCarthy (Vice-Chair)');
INSERT INTO appointments VALUES(3,1,'C Hardy','Clerk',NULL,NULL,NULL,NULL,1,350,369,NULL,'Mrs C Hardy (Clerk)');
INSERT INTO appointments VALUES(4,1,'C Sampson','Borough Councillor',NULL,NULL,NULL,NULL,1,409,437,NULL,'Borough Councillor C Sampson');
INSERT INTO appointments VALUES(5,2,'Linda Steele','Assistant Director, Safeguarding, Quality and Practice',NULL,'permanent','2020-10-01','appointed',1,1180,1247,NULL,'Linda Steele Assistant Director, Safeguarding, Quality and Practice');
INSERT INTO appointments VALUES(6,2,'Daniel Ruaux','Assistant Director, Corporate Parenting',NULL,'permanent','2020-10-01','appointed',1,1249,1301,NULL,'Daniel Ruaux Assistant Director, Corporate Parenting');
INSERT INTO appointments VALUES(7,2,'Jenny Boyd','Assistant Director, Social Care',NULL,'permanent','2020-10-01','appointed',1,1303,1345,NULL,'Jenny Boyd Assistant Director, Social Care');
INSERT INTO appointments VALUES(8,2,'Darlington Ihenacho','Principal Social Worker',NULL,'permanent','2020-10-01','appointed',1,1347,1390,NULL,'Darlington Ihenacho Principal Social Worker');
INSERT INTO appointments VALUES(9,2,'John Coughlan','Commissioner for Children''s Services in West Sussex',NULL,NULL,NULL,NULL,1,2260,2326,NULL,'Commissioner for Children''s Services in West Sussex, John Coughlan');
CREATE TABLE memberships (  -- appointments as dated memberships (agendapack posts)
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    organisation TEXT,                -- the committee / outside body, else the paper's organisation
    post         TEXT NOT NULL,       -- canonical post (Chair, Clerk, Responsible Financial Officer)
    role         TEXT NOT NULL,       -- the post as written
    person       TEXT NOT NULL,
    status       TEXT,
    event        TEXT,                -- elected | re-elected | appointed | co-opted | nominated | ...
    future       INTEGER NOT NULL DEFAULT 0,  -- 1: "will be co-opted" (not a holder yet)
    start_date   TEXT,
    end_date     TEXT,
    date         TEXT,                -- when the paper shows it: start / end date, else the paper's
    page INTEGER, char_start INTEGER, char_end INTEGER, bbox TEXT, snippet TEXT
);
INSERT INTO memberships VALUES(1,1,'Stoke Ferry Parish Council','Chair','Chair','R Bivon',NULL,NULL,0,NULL,NULL,'2012-11-21',1,201,221,NULL,'Cllr R Bivon (Chair)');
INSERT INTO memberships VALUES(2,1,'Stoke Ferry Parish Council','Vice-Chair','Vice-Chair','L McCarthy',NULL,NULL,0,NULL,NULL,'2012-11-21',1,223,251,NULL,'Cllr L McCarthy (Vice-Chair)');
INSERT INTO memberships VALUES(3,1,'Stoke Ferry Parish Council','Clerk','Clerk','C Hardy',NULL,NULL,0,NULL,NULL,'2012-11-21',1,350,369,NULL,'Mrs C Hardy (Clerk)');
INSERT INTO memberships VALUES(4,1,'Stoke Ferry Parish Council','Borough Councillor','Borough Councillor','C Sampson',NULL,NULL,0,NULL,NULL,'2012-11-21',1,409,437,NULL,'Borough Councillor C Sampson');
INSERT INTO memberships VALUES(5,2,'West Sussex County Council','Assistant Director, Safeguarding, Quality and Practice','Assistant Director, Safeguarding, Quality and Practice','Linda Steele','permanent','appointed',0,'2020-10-01',NULL,'2020-10-01',1,1180,1247,NULL,'Linda Steele Assistant Director, Safeguarding, Quality and Practice');
INSERT INTO memberships VALUES(6,2,'West Sussex County Council','Assistant Director, Corporate Parenting','Assistant Director, Corporate Parenting','Daniel Ruaux','permanent','appointed',0,'2020-10-01',NULL,'2020-10-01',1,1249,1301,NULL,'Daniel Ruaux Assistant Director, Corporate Parenting');
INSERT INTO memberships VALUES(7,2,'West Sussex County Council','Assistant Director, Social Care','Assistant Director, Social Care','Jenny Boyd','permanent','appointed',0,'2020-10-01',NULL,'2020-10-01',1,1303,1345,NULL,'Jenny Boyd Assistant Director, Social Care');
INSERT INTO memberships VALUES(8,2,'West Sussex County Council','Principal Social Worker','Principal Social Worker','Darlington Ihenacho','permanent','appointed',0,'2020-10-01',NULL,'2020-10-01',1,1347,1390,NULL,'Darlington Ihenacho Principal Social Worker');
INSERT INTO memberships VALUES(9,2,'West Sussex County Council','Commissioner for Children''s Services in West Sussex','Commissioner for Children''s Services in West Sussex','John Coughlan',NULL,NULL,0,NULL,NULL,NULL,1,2260,2326,NULL,'Commissioner for Children''s Services in West Sussex, John Coughlan');
CREATE TABLE posts (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    role        TEXT NOT NULL,
    status      TEXT,
    page INTEGER, char_start INTEGER, char_end INTEGER, bbox TEXT, snippet TEXT
);
INSERT INTO posts VALUES(1,2,'senior managers','interim',1,1554,1577,NULL,'interim senior managers');
CREATE TABLE dates (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    start       TEXT NOT NULL,
    "end"       TEXT NOT NULL,
    grain       TEXT,
    inferred    INTEGER,
    page INTEGER, char_start INTEGER, char_end INTEGER, bbox TEXT, snippet TEXT
);
INSERT INTO dates VALUES(1,1,'November 2012','2012-11-01','2012-11-30','month',0,1,23,36,NULL,'November 2012');
INSERT INTO dates VALUES(2,1,'November 2012','2012-11-01','2012-11-30','month',0,1,38,51,NULL,'November 2012');
INSERT INTO dates VALUES(3,1,'Wednesday 21 November 2012','2012-11-21','2012-11-21','day',0,1,148,174,NULL,'Wednesday 21 November 2012');
INSERT INTO dates VALUES(4,1,'24 October','2012-10-24','2012-10-24','day',1,1,614,624,NULL,'24 October');
INSERT INTO dates VALUES(5,1,'2013','2013-01-01','2013-12-31','year',0,1,3319,3323,NULL,'2013');
INSERT INTO dates VALUES(6,1,'April 2013','2013-04-01','2013-04-30','month',0,1,3451,3461,NULL,'April 2013');
INSERT INTO dates VALUES(7,1,'Sunday 9 December','2012-12-09','2012-12-09','day',1,1,4610,4627,NULL,'Sunday 9 December');
INSERT INTO dates VALUES(8,1,'January','2013-01-01','2013-01-31','month',1,1,5214,5221,NULL,'January');
INSERT INTO dates VALUES(9,1,'January','2013-01-01','2013-01-31','month',1,1,6179,6186,NULL,'January');
INSERT INTO dates VALUES(10,1,'October and November','2012-10-01','2012-11-30','range',1,1,7258,7278,NULL,'October and November');
INSERT INTO dates VALUES(11,1,'October','2012-10-01','2012-10-31','month',1,1,7322,7329,NULL,'October');
INSERT INTO dates VALUES(12,1,'October','2012-10-01','2012-10-31','month',1,1,7373,7380,NULL,'October');
INSERT INTO dates VALUES(13,1,'October','2012-10-01','2012-10-31','month',1,1,7431,7438,NULL,'October');
INSERT INTO dates VALUES(14,1,'October','2012-10-01','2012-10-31','month',1,1,7472,7479,NULL,'October');
INSERT INTO dates VALUES(15,1,'April - October','2012-04-01','2012-10-31','range',1,1,7593,7608,NULL,'April - October');
INSERT INTO dates VALUES(16,1,'31 October 2012','2012-10-31','2012-10-31','day',0,1,7637,7652,NULL,'31 October 2012');
INSERT INTO dates VALUES(17,1,'February 2013','2013-02-01','2013-02-28','month',0,1,8279,8292,NULL,'February 2013');
INSERT INTO dates VALUES(18,1,'2013/2014','2013-04-01','2014-03-31','financial_year',0,1,8374,8383,NULL,'2013/2014');
INSERT INTO dates VALUES(19,1,'Tuesday 11 December','2012-12-11','2012-12-11','day',1,1,8558,8577,NULL,'Tuesday 11 December');
INSERT INTO dates VALUES(20,1,'Wednesday 19 December 2012','2012-12-19','2012-12-19','day',0,1,9673,9699,NULL,'Wednesday 19 December 2012');
INSERT INTO dates VALUES(21,2,'September 2020','2020-09-01','2020-09-30','month',0,1,62,76,NULL,'September 2020');
INSERT INTO dates VALUES(22,2,'October and November 2020','2020-10-01','2020-11-30','range',0,1,1462,1487,NULL,'October and November 2020');
INSERT INTO dates VALUES(23,2,'week commencing 19th October 2020','2020-10-19','2020-10-25','week',0,1,1925,1958,NULL,'week commencing 19th October 2020');
INSERT INTO dates VALUES(24,2,'12th – 16th October','2020-10-12','2020-10-16','range',1,1,2021,2040,NULL,'12th – 16th October');
INSERT INTO dates VALUES(25,2,'20th – 22nd October','2020-10-20','2020-10-22','range',1,1,2101,2120,NULL,'20th – 22nd October');
INSERT INTO dates VALUES(26,2,'early December','2020-12-01','2020-12-10','range',1,1,2168,2182,NULL,'early December');
INSERT INTO dates VALUES(27,2,'3rd September','2020-09-03','2020-09-03','day',1,1,2220,2233,NULL,'3rd September');
INSERT INTO dates VALUES(28,2,'20th October','2020-10-20','2020-10-20','day',1,1,2848,2860,NULL,'20th October');
INSERT INTO dates VALUES(29,2,'This Autumn','2020-09-01','2020-11-30','season',1,1,3095,3106,NULL,'This Autumn');
INSERT INTO dates VALUES(30,2,'Autumn of 2021','2021-09-01','2021-11-30','season',0,1,3895,3909,NULL,'Autumn of 2021');
INSERT INTO dates VALUES(31,2,'summer','2020-06-01','2020-08-31','season',1,1,4070,4076,NULL,'summer');
INSERT INTO dates VALUES(32,2,'Autumn','2020-09-01','2020-11-30','season',1,1,4117,4123,NULL,'Autumn');
INSERT INTO dates VALUES(33,2,'Spring 2021','2021-03-01','2021-05-31','season',0,1,4201,4212,NULL,'Spring 2021');
INSERT INTO dates VALUES(34,2,'Autumn','2020-09-01','2020-11-30','season',1,1,5113,5119,NULL,'Autumn');
INSERT INTO dates VALUES(35,2,'Autumn','2020-09-01','2020-11-30','season',1,1,5602,5608,NULL,'Autumn');
INSERT INTO dates VALUES(36,2,'November 2020','2020-11-01','2020-11-30','month',0,1,5718,5731,NULL,'November 2020');
INSERT INTO dates VALUES(37,2,'October 2021','2021-10-01','2021-10-31','month',0,1,5929,5941,NULL,'October 2021');
INSERT INTO dates VALUES(38,2,'2022/23','2022-04-01','2023-03-31','financial_year',0,1,9988,9995,NULL,'2022/23');
INSERT INTO dates VALUES(39,2,'April','2020-04-01','2020-04-30','month',1,1,10076,10081,NULL,'April');
CREATE TABLE amounts (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    value       NUMERIC NOT NULL,     -- in pounds
    currency    TEXT,
    page INTEGER, char_start INTEGER, char_end INTEGER, bbox TEXT, snippet TEXT
);
INSERT INTO amounts VALUES(1,1,'£1540.00',1540,'GBP',1,1156,1164,NULL,'£1540.00');
INSERT INTO amounts VALUES(2,1,'£1600.00',1600,'GBP',1,1190,1198,NULL,'£1600.00');
INSERT INTO amounts VALUES(3,1,'£2948.50',2948.5,'GBP',1,1242,1250,NULL,'£2948.50');
INSERT INTO amounts VALUES(4,1,'£30',30,'GBP',1,4408,4411,NULL,'£30');
INSERT INTO amounts VALUES(5,1,'£35.00',35,'GBP',1,7179,7185,NULL,'£35.00');
INSERT INTO amounts VALUES(6,1,'£141.10',141.09999999999999431,'GBP',1,7225,7232,NULL,'£141.10');
INSERT INTO amounts VALUES(7,1,'£149.45',149.44999999999998862,'GBP',1,7290,7297,NULL,'£149.45');
INSERT INTO amounts VALUES(8,1,'£345.37',345.37000000000000455,'GBP',1,7345,7352,NULL,'£345.37');
INSERT INTO amounts VALUES(9,1,'£30.88',30.879999999999999005,'GBP',1,7407,7413,NULL,'£30.88');
INSERT INTO amounts VALUES(10,1,'£47.52',47.520000000000003127,'GBP',1,7452,7458,NULL,'£47.52');
INSERT INTO amounts VALUES(11,1,'£60.00',60,'GBP',1,7494,7500,NULL,'£60.00');
INSERT INTO amounts VALUES(12,1,'£101.20',101.20000000000000284,'GBP',1,7574,7581,NULL,'£101.20');
INSERT INTO amounts VALUES(13,1,'£214.65',214.65000000000000568,'GBP',1,7691,7698,NULL,'£214.65');
INSERT INTO amounts VALUES(14,1,'£12,364.37',12364.3700000000008,'GBP',1,7723,7733,NULL,'£12,364.37');
INSERT INTO amounts VALUES(15,1,'£12,579.02',12579.020000000000436,'GBP',1,7747,7757,NULL,'£12,579.02');
INSERT INTO amounts VALUES(16,2,'£12.567m',12567000,'GBP',1,9764,9772,NULL,'£12.567m');
INSERT INTO amounts VALUES(17,2,'£5.138m',5138000,'GBP',1,9798,9805,NULL,'£5.138m');
INSERT INTO amounts VALUES(18,2,'£3.497m',3497000,'GBP',1,9872,9879,NULL,'£3.497m');
INSERT INTO amounts VALUES(19,2,'£0.360m',360000,'GBP',1,9908,9915,NULL,'£0.360m');
CREATE TABLE resolutions (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ref           TEXT,
    kind          TEXT NOT NULL,      -- resolved | recommendation | decision
    body          TEXT,
    outcome       TEXT,
    carried       INTEGER,
    unanimous     INTEGER,
    votes_for     INTEGER,
    votes_against INTEGER,
    abstentions   INTEGER,
    page INTEGER, char_start INTEGER, char_end INTEGER, bbox TEXT, snippet TEXT
);
INSERT INTO resolutions VALUES(1,1,NULL,'decision',NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,450,526,NULL,'Cllr McCarthy proposed acceptance of the minutes seconded by Cllr Mrs Leamon');
INSERT INTO resolutions VALUES(2,1,NULL,'decision',NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,627,673,NULL,'The notes as presented were agreed and signed.');
INSERT INTO resolutions VALUES(3,1,NULL,'decision',NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,819,928,NULL,'He would take photos and present a design and costings as soon as possible. This was approved by all present.');
INSERT INTO resolutions VALUES(4,1,NULL,'decision',NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,2328,2461,NULL,'Cllr Mrs Clements proposed that Cllr Ryves be replaced by Cllr Nicholas-Letch on the Cemetery Committee, seconded by Cllr Mrs Leamon.');
INSERT INTO resolutions VALUES(5,1,NULL,'decision',NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,4726,4824,NULL,'It was agreed that Kit Hesketh-Harvey be asked if the Church/Electrics could be used at this time.');
INSERT INTO resolutions VALUES(6,1,NULL,'decision',NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,5133,5222,NULL,'It was agreed to discuss the type of event to take place for Easter, possibly in January.');
INSERT INTO resolutions VALUES(7,1,NULL,'decision',NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,7760,7826,NULL,'Cllr McCarthy proposed approval for payment seconded by Cllr Bivon');
CREATE TABLE resolution_items (
    id            INTEGER PRIMARY KEY,
    resolution_id INTEGER NOT NULL REFERENCES resolutions(id) ON DELETE CASCADE,
    item_index    INTEGER NOT NULL,
    number        TEXT,
    text          TEXT NOT NULL
);
INSERT INTO resolution_items VALUES(1,1,0,NULL,'Cllr McCarthy proposed acceptance of the minutes seconded by Cllr Mrs Leamon');
INSERT INTO resolution_items VALUES(2,2,0,NULL,'The notes as presented were agreed and signed.');
INSERT INTO resolution_items VALUES(3,3,0,NULL,'He would take photos and present a design and costings as soon as possible.');
INSERT INTO resolution_items VALUES(4,4,0,NULL,'Cllr Mrs Clements proposed that Cllr Ryves be replaced by Cllr Nicholas-Letch on the Cemetery Committee, seconded by Cllr Mrs Leamon.');
INSERT INTO resolution_items VALUES(5,5,0,NULL,'that Kit Hesketh-Harvey be asked if the Church/Electrics could be used at this time.');
INSERT INTO resolution_items VALUES(6,6,0,NULL,'to discuss the type of event to take place for Easter, possibly in January.');
INSERT INTO resolution_items VALUES(7,7,0,NULL,'Cllr McCarthy proposed approval for payment seconded by Cllr Bivon');
CREATE TABLE warnings (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    message     TEXT,
    page        INTEGER
);
INSERT INTO warnings VALUES(1,2,'table_rounding','table 1: Temporary funding requirement: Full Amount Estimated = total of 3 rows above: printed 12567000, the rows add up to 12566000 (one unit of scale: rounding)',1);
INSERT INTO warnings VALUES(2,2,'table_rounding','table 1: Temporary funding requirement: Latest Full Amount Estimated = total of 3 rows above: printed 14044000, the rows add up to 14043000 (one unit of scale: rounding)',1);
INSERT INTO warnings VALUES(3,2,'table_check_failed','table 1: 3 of 79 arithmetic checks fail; the failing cells are flagged check_failed',1);
INSERT INTO warnings VALUES(4,2,'table_check_failed','table 2 (The following items have also been submitted as pressures to the MTFS for 2021/22 and 2022/23): 6 of 12 arithmetic checks fail; the failing cells are flagged check_failed',1);
CREATE TABLE errors (
    id               INTEGER PRIMARY KEY,
    path             TEXT NOT NULL,
    sha256           TEXT,            -- NULL when the file could not even be read
    pipeline_version TEXT NOT NULL,
    stage            TEXT NOT NULL,   -- read | ingest | extract | timeout | worker
    error_type       TEXT NOT NULL,
    message          TEXT NOT NULL
);
CREATE TABLE document_pages (
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page           INTEGER NOT NULL,  -- in the file the document was stored from
    content_sha256 TEXT NOT NULL
);
INSERT INTO document_pages VALUES(1,1,'26cc7a56565c8f196412db26a17f053d3f20b8304930c1c7830730df51aef206');
INSERT INTO document_pages VALUES(2,1,'edb521918da726841819fb3b17bb2793c1792701907e92f30a0d6aeebb36c377');
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
INSERT INTO meta VALUES('store_schema_version','2');
CREATE INDEX documents_organisation ON documents (organisation);
CREATE INDEX documents_committee ON documents (committee);
CREATE INDEX documents_date ON documents (date);
CREATE INDEX documents_sha256 ON documents (sha256);
CREATE INDEX documents_parent ON documents (parent_id);
CREATE INDEX appearances_document ON appearances (document_id);
CREATE INDEX appearances_file ON appearances (file_sha256);
CREATE INDEX tables_document ON tables (document_id);
CREATE INDEX table_rows_table ON table_rows (table_id);
CREATE INDEX table_rows_label ON table_rows (label);
CREATE INDEX table_cells_row ON table_cells (row_id);
CREATE INDEX table_cells_measure ON table_cells (measure);
CREATE INDEX appointments_document ON appointments (document_id);
CREATE INDEX appointments_person ON appointments (person);
CREATE INDEX appointments_role ON appointments (role);
CREATE INDEX memberships_post ON memberships (organisation, post, date);
CREATE INDEX memberships_document ON memberships (document_id);
CREATE INDEX posts_document ON posts (document_id);
CREATE INDEX dates_document ON dates (document_id);
CREATE INDEX dates_start ON dates (start);
CREATE INDEX amounts_document ON amounts (document_id);
CREATE INDEX resolutions_document ON resolutions (document_id);
CREATE INDEX resolution_items_resolution ON resolution_items (resolution_id);
CREATE INDEX warnings_document ON warnings (document_id);
CREATE INDEX errors_path ON errors (path);
CREATE INDEX document_pages_document ON document_pages (document_id);
CREATE INDEX document_pages_content ON document_pages (content_sha256);
COMMIT;
