-- +goose Up
-- Units of a province (sở, ban, ngành: "so") and of a commune's villages
-- (thôn, bản, tổ dân phố: "thon") have kinds of their own; "xa" covers xã,
-- phường, thị trấn and đặc khu.
ALTER TABLE units DROP CONSTRAINT units_kind_check;
ALTER TABLE units ADD CONSTRAINT units_kind_check
    CHECK (kind IN ('so', 'phong', 'xa', 'thon', 'doanthe', 'khac'));

-- +goose Down
UPDATE units SET kind = 'khac' WHERE kind IN ('so', 'thon');
ALTER TABLE units DROP CONSTRAINT units_kind_check;
ALTER TABLE units ADD CONSTRAINT units_kind_check
    CHECK (kind IN ('phong', 'xa', 'doanthe', 'khac'));
