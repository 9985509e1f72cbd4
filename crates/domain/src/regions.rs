//! Where an organisation is: its region (the Danish regions, the Swedish län), and its place in
//! the tree of organisations. A unit (a hospital, a department) is an organisation with a parent;
//! its top organisation is the root of its parents. Rules that compare people by where they work
//! (a host rotation spread over units and the country, spreading "to another unit", sparring
//! pairs that are not colleagues) say which of the two they compare.

use std::collections::HashMap;
use std::hash::Hash;

use crate::organisations::Country;

/// A region, by its ISO 3166-2 code (`DK-84`, `SE-AB`), which is what is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub code: &'static str,
    pub country: Country,
    /// The name as the country writes it.
    pub name: &'static str,
}

const fn r(code: &'static str, country: Country, name: &'static str) -> Region {
    Region { code, country, name }
}

/// Denmark's five regions and Sweden's 21 län.
pub const REGIONS: [Region; 26] = [
    r("DK-84", Country::DK, "Region Hovedstaden"),
    r("DK-82", Country::DK, "Region Midtjylland"),
    r("DK-81", Country::DK, "Region Nordjylland"),
    r("DK-85", Country::DK, "Region Sjælland"),
    r("DK-83", Country::DK, "Region Syddanmark"),
    r("SE-K", Country::SE, "Blekinge län"),
    r("SE-W", Country::SE, "Dalarnas län"),
    r("SE-I", Country::SE, "Gotlands län"),
    r("SE-X", Country::SE, "Gävleborgs län"),
    r("SE-N", Country::SE, "Hallands län"),
    r("SE-Z", Country::SE, "Jämtlands län"),
    r("SE-F", Country::SE, "Jönköpings län"),
    r("SE-H", Country::SE, "Kalmar län"),
    r("SE-G", Country::SE, "Kronobergs län"),
    r("SE-BD", Country::SE, "Norrbottens län"),
    r("SE-M", Country::SE, "Skåne län"),
    r("SE-AB", Country::SE, "Stockholms län"),
    r("SE-D", Country::SE, "Södermanlands län"),
    r("SE-C", Country::SE, "Uppsala län"),
    r("SE-S", Country::SE, "Värmlands län"),
    r("SE-AC", Country::SE, "Västerbottens län"),
    r("SE-Y", Country::SE, "Västernorrlands län"),
    r("SE-U", Country::SE, "Västmanlands län"),
    r("SE-O", Country::SE, "Västra Götalands län"),
    r("SE-E", Country::SE, "Östergötlands län"),
    r("SE-T", Country::SE, "Örebro län"),
];

impl Region {
    /// The region with this code (case-insensitive), if it is one.
    pub fn parse(code: &str) -> Option<Region> {
        let code = code.trim();
        REGIONS.iter().copied().find(|r| r.code.eq_ignore_ascii_case(code))
    }

    /// The regions of one country, in the order a list shows them.
    pub fn of_country(country: Country) -> impl Iterator<Item = Region> {
        REGIONS.iter().copied().filter(move |r| r.country == country)
    }
}

/// The region a form gave for an organisation in `country`: empty is none (it is then taken from
/// a parent), anything else must be one of that country's regions.
pub fn check_region(code: &str, country: Country) -> Result<Option<Region>, &'static str> {
    if code.trim().is_empty() {
        return Ok(None);
    }
    match Region::parse(code) {
        Some(r) if r.country == country => Ok(Some(r)),
        Some(_) => Err("region_of_other_country"),
        None => Err("invalid_choice"),
    }
}

/// One organisation as the tree sees it: its parent and its own region, if set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node<Id> {
    pub parent: Option<Id>,
    pub region: Option<Region>,
}

/// The organisations, by id, for the questions below. Parent cycles are refused when saved, but a
/// walk stops after as many steps as there are organisations, whatever the data says.
#[derive(Debug, Clone, Default)]
pub struct Tree<Id: Eq + Hash + Copy> {
    nodes: HashMap<Id, Node<Id>>,
}

impl<Id: Eq + Hash + Copy> Tree<Id> {
    pub fn new(nodes: impl IntoIterator<Item = (Id, Node<Id>)>) -> Tree<Id> {
        Tree { nodes: nodes.into_iter().collect() }
    }

    /// `id` and then its parents, up to the top.
    fn ancestry(&self, id: Id) -> impl Iterator<Item = Id> + '_ {
        let mut next = Some(id);
        let mut left = self.nodes.len() + 1;
        std::iter::from_fn(move || {
            let cur = next.filter(|_| left > 0)?;
            left -= 1;
            next = self.nodes.get(&cur).and_then(|n| n.parent);
            Some(cur)
        })
    }

    /// The unit a member names is the organisation itself; this is its top organisation, the root
    /// of its parents (itself when it has none).
    pub fn top(&self, id: Id) -> Id {
        self.ancestry(id).last().unwrap_or(id)
    }

    /// The organisation's region: its own, or else the nearest parent's.
    pub fn region(&self, id: Id) -> Option<Region> {
        self.region_from(id).map(|(_, r)| r)
    }

    /// The organisation's region and the organisation it is set on: `id` itself when the region
    /// is its own, else the nearest parent that has one (what a page names as "from …").
    pub fn region_from(&self, id: Id) -> Option<(Id, Region)> {
        self.ancestry(id).find_map(|i| self.nodes.get(&i).and_then(|n| n.region).map(|r| (i, r)))
    }

    /// Whether two organisations are in the same top organisation (colleagues in the wide sense).
    pub fn same_top(&self, a: Id, b: Id) -> bool {
        self.top(a) == self.top(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_country_has_its_regions() {
        assert_eq!(Region::of_country(Country::DK).count(), 5);
        assert_eq!(Region::of_country(Country::SE).count(), 21);
        assert_eq!(Region::of_country(Country::NO).count(), 0);
        assert_eq!(Region::parse("se-ab").map(|r| r.name), Some("Stockholms län"));
        let codes: std::collections::HashSet<_> = REGIONS.iter().map(|r| r.code).collect();
        assert_eq!(codes.len(), REGIONS.len(), "codes are unique");
    }

    #[test]
    fn a_region_must_belong_to_the_organisations_country() {
        assert_eq!(check_region("", Country::DK), Ok(None));
        assert_eq!(check_region("DK-83", Country::DK).map(|r| r.map(|r| r.name)), Ok(Some("Region Syddanmark")));
        assert_eq!(check_region("SE-M", Country::DK), Err("region_of_other_country"));
        assert_eq!(check_region("DK-99", Country::DK), Err("invalid_choice"));
    }

    #[test]
    fn a_unit_takes_its_region_from_its_parent_and_has_the_root_as_top() {
        let syd = Region::parse("DK-83");
        let tree = Tree::new([
            (1, Node { parent: None, region: syd }),
            (2, Node { parent: Some(1), region: None }), // psychiatry
            (3, Node { parent: Some(2), region: None }), // a ward
            (4, Node { parent: None, region: None }),    // a municipality without a region yet
        ]);
        assert_eq!(tree.top(3), 1);
        assert_eq!(tree.top(1), 1);
        assert_eq!(tree.region(3), syd);
        assert_eq!(tree.region_from(3).map(|(i, _)| i), Some(1), "taken from the top");
        assert_eq!(tree.region_from(1).map(|(i, _)| i), Some(1), "its own");
        assert_eq!(tree.region(4), None);
        assert!(tree.same_top(2, 3));
        assert!(!tree.same_top(3, 4));
        assert_eq!(tree.top(99), 99, "an unknown organisation is its own top");
    }

    #[test]
    fn a_cycle_in_stored_data_does_not_hang() {
        let tree = Tree::new([(1, Node { parent: Some(2), region: None }), (2, Node { parent: Some(1), region: None })]);
        assert!([1, 2].contains(&tree.top(1)));
        assert_eq!(tree.region(1), None);
    }
}
