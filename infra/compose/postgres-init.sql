CREATE DATABASE shop_user OWNER shop;
CREATE DATABASE shop_inventory OWNER shop;
CREATE DATABASE shop_order OWNER shop;
CREATE DATABASE shop_payment OWNER shop;
CREATE DATABASE shop_notification OWNER shop;
