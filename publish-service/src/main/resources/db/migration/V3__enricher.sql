-- Which enrichment produced the stored record: the same revision enriched by a newer enricher replaces it.
alter table article add column enricher text;
