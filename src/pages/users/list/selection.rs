//! The people ticked on the users list: kept across pages (a page's boxes show what is
//! ticked), cleared when the search or a filter changes, never more than a selection holds.

use std::collections::BTreeSet;

use espace_api::bulk::SELECTION_MAX;
use espace_api::UserId;
use leptos::prelude::*;

#[derive(Debug, Clone, Copy)]
pub struct Selection {
    ids: RwSignal<BTreeSet<UserId>>,
}

impl Selection {
    pub fn new() -> Selection {
        Selection { ids: RwSignal::new(BTreeSet::new()) }
    }

    /// Whether `id` is ticked (tracked).
    pub fn has(self, id: UserId) -> bool {
        self.ids.with(|ids| ids.contains(&id))
    }

    /// How many are ticked (tracked).
    pub fn count(self) -> usize {
        self.ids.with(BTreeSet::len)
    }

    /// Ticks or unticks each of `ids` (ticking stops at the selection's maximum).
    pub fn set_many(self, ids: &[UserId], on: bool) {
        self.ids.update(|set| {
            for id in ids {
                if !on {
                    set.remove(id);
                } else if set.len() < SELECTION_MAX {
                    set.insert(*id);
                }
            }
        });
    }

    /// Ticks exactly `ids` ("select all matching").
    pub fn replace(self, ids: Vec<UserId>) {
        self.ids.set(ids.into_iter().take(SELECTION_MAX).collect());
    }

    pub fn clear(self) {
        if self.ids.with_untracked(|ids| !ids.is_empty()) {
            self.ids.set(BTreeSet::new());
        }
    }

    /// The ticked ids, untracked: what an action is sent for.
    pub fn ids(self) -> Vec<UserId> {
        self.ids.with_untracked(|ids| ids.iter().copied().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_survive_until_cleared_and_stop_at_the_maximum() {
        let owner = Owner::new();
        owner.with(|| {
            let s = Selection::new();
            s.set_many(&[UserId(2), UserId(1)], true);
            s.set_many(&[UserId(2)], true);
            assert_eq!(s.ids(), [UserId(1), UserId(2)]);
            s.set_many(&[UserId(1)], false);
            assert!(!s.has(UserId(1)) && s.has(UserId(2)));
            s.replace((0..SELECTION_MAX as i64 + 5).map(UserId).collect());
            assert_eq!(s.count(), SELECTION_MAX);
            s.set_many(&[UserId(-1)], true);
            assert_eq!(s.count(), SELECTION_MAX, "no more than a selection holds");
            s.clear();
            assert_eq!(s.count(), 0);
        });
    }
}
