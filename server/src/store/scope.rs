//! Which users someone reaches: the whole company, or some of its entities. Every store
//! function that reads users for an actor takes one, so a team administrator's reach is in
//! the statement itself, not checked afterwards.

use std::fmt::Write;

use espace_api::EntityId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// An administrator: every entity of the company.
    Company,
    /// A team administrator's entities, sorted, without duplicates. Empty reaches nobody.
    Entities(Vec<EntityId>),
}

impl Scope {
    pub fn entities(mut ids: Vec<EntityId>) -> Scope {
        ids.sort_unstable();
        ids.dedup();
        Scope::Entities(ids)
    }

    pub fn nobody() -> Scope {
        Scope::Entities(Vec::new())
    }

    pub fn reaches(&self, entity_id: EntityId) -> bool {
        match self {
            Scope::Company => true,
            Scope::Entities(ids) => ids.binary_search(&entity_id).is_ok(),
        }
    }

    /// Whether everything `other` reaches, this reaches too.
    pub fn covers(&self, other: &Scope) -> bool {
        match (self, other) {
            (Scope::Company, _) => true,
            (Scope::Entities(_), Scope::Company) => false,
            (Scope::Entities(_), Scope::Entities(theirs)) => theirs.iter().all(|id| self.reaches(*id)),
        }
    }

    /// ` AND <column> IN (…)`, or nothing for the whole company. The ids are the server's own
    /// integers, written into the statement (no text from a request goes there).
    pub(crate) fn sql(&self, column: &str) -> String {
        match self {
            Scope::Company => String::new(),
            Scope::Entities(ids) if ids.is_empty() => " AND 1 = 0".to_owned(),
            Scope::Entities(ids) => {
                let mut sql = format!(" AND {column} IN (");
                for (i, id) in ids.iter().enumerate() {
                    let _ = write!(sql, "{}{id}", if i == 0 { "" } else { ", " });
                }
                sql.push(')');
                sql
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Scope;
    use espace_api::EntityId;

    fn ids(ids: &[i64]) -> Vec<EntityId> {
        ids.iter().copied().map(EntityId).collect()
    }

    #[test]
    fn reach_and_cover() {
        let lyon_paris = Scope::entities(ids(&[3, 1, 3]));
        assert_eq!(lyon_paris, Scope::Entities(ids(&[1, 3])));
        assert!(lyon_paris.reaches(EntityId(1)) && !lyon_paris.reaches(EntityId(2)));
        assert!(lyon_paris.covers(&Scope::entities(ids(&[3]))));
        assert!(!lyon_paris.covers(&Scope::entities(ids(&[2, 3]))));
        assert!(!lyon_paris.covers(&Scope::Company));
        assert!(Scope::Company.covers(&lyon_paris));
        assert!(lyon_paris.covers(&Scope::nobody()));
        assert_eq!(lyon_paris.sql("u.entity_id"), " AND u.entity_id IN (1, 3)");
        assert_eq!(Scope::nobody().sql("u.entity_id"), " AND 1 = 0");
        assert_eq!(Scope::Company.sql("u.entity_id"), "");
    }
}
