//! Unit tests of the recogniser: the shipped tagger on hand-made sentences, one test per feature
//! family, and its spans on the sample article against the hand-made reference.

mod classes;
mod sample_gold;
mod tagger;
