"""Which area contains a town, from the words between them (whimbrel.place_containers). Places are
hand-made: no gazetteer or model is needed."""

from __future__ import annotations

import dataclasses

from whimbrel.place_containers import (
    container_after,
    container_point,
    in_container,
    story_town_of_part,
    village_abroad,
    without_namesake_quarters,
)
from whimbrel.types import Place


def place(text: str, name: str, country: str, feature: str = "city") -> Place:
    start = text.index(name)
    lat = 0.0 if feature == "city" else None
    return Place(name, start, start + len(name), name, country, lat=lat, lon=lat, feature=feature)


def test_a_town_read_abroad_gives_way_to_its_containers_country() -> None:
    text = "Rebels shot four men in Kalemie, Pinga territory, on Sunday."
    got = in_container(text, [place(text, "Kalemie", "UGA"), place(text, "Pinga", "COD")])
    assert (got[0].country, got[0].lat, got[0].name) == ("COD", None, "Kalemie")
    text = "Drones struck Umm Sayala, a market town in Sudan's White Nile state."
    got = in_container(text, [place(text, "Umm Sayala", "NGA"), place(text, "Sudan", "SDN", "country")])
    assert (got[0].country, got[0].lat) == ("SDN", None)
    text = "Jihadists ambushed a convoy near Kerena, in central Chad, on Sunday."  # a compass word
    got = in_container(text, [place(text, "Kerena", "DEU"), place(text, "Chad", "TCD", "country")])
    assert (got[0].country, got[0].lat) == ("TCD", None)
    text = "Gunmen burned the market of Kalemie commune (Pinga province) on Sunday."  # unit, then container
    got = in_container(text, [place(text, "Kalemie", "UGA"), place(text, "Pinga", "COD", "admin1")])
    assert (got[0].country, got[0].lat) == ("COD", None)
    text = "Troops shelled Kalemie township, Pinga region, at dawn."
    got = in_container(text, [place(text, "Kalemie", "UGA"), place(text, "Pinga", "COD", "admin1")])
    assert (got[0].country, got[0].lat) == ("COD", None)
    text = "Drones struck Umm Sayala and Sudan's capital."  # no container: left alone
    mine = [place(text, "Umm Sayala", "NGA"), place(text, "Sudan", "SDN", "country")]
    assert in_container(text, mine) == tuple(mine)


def test_a_village_known_only_abroad_is_one_the_gazetteer_lacks() -> None:
    text = "BAMAKO, Mali - Gunmen raided the village of Sona at dawn."
    dateline = place(text, "BAMAKO", "MLI")
    assert village_abroad(text, place(text, "Sona", "PAN"), dateline)
    assert not village_abroad(text, place(text, "Sona", "MLI"), dateline)  # known in the dateline's country
    text = "BAMAKO, Mali - Gunmen raided Sona at dawn."  # no "village of": a town the story may mean
    assert not village_abroad(text, place(text, "Sona", "PAN"), place(text, "BAMAKO", "MLI"))


def test_the_area_named_right_after_an_unlisted_village_contains_it() -> None:
    text = "Gunmen killed two herders near Kuda, in Lower Juba, on Friday."
    kuda = Place("Kuda", text.index("Kuda"), text.index("Kuda") + 4, "Kuda")
    juba = place(text, "Lower Juba", "SOM", "admin1")
    assert container_after(text, kuda, [kuda, juba]) == juba
    text = "Gunmen killed two herders near Kuda on Friday, officials in Lower Juba said."
    kuda = Place("Kuda", text.index("Kuda"), text.index("Kuda") + 4, "Kuda")
    assert container_after(text, kuda, [kuda, place(text, "Lower Juba", "SOM", "admin1")]) is None


def test_a_quarter_read_as_a_namesake_town_far_away_gives_way_to_its_town() -> None:
    text = "Gunmen opened fire in the San Isidro neighbourhood of Riohacha on Sunday."
    far = dataclasses.replace(place(text, "San Isidro", "COL"), lat=6.2, lon=-75.6)
    town = dataclasses.replace(place(text, "Riohacha", "COL"), lat=11.54, lon=-72.91)
    assert without_namesake_quarters(text, [far, town]) == (town,)
    # a quarter the gazetteer knows in the town itself stays the finer place
    near = dataclasses.replace(far, lat=11.53, lon=-72.90)
    assert without_namesake_quarters(text, [near, town]) == (near, town)
    text = "A man was shot dead in the Greenvale area of Mandeville on Sunday."
    far = dataclasses.replace(place(text, "Greenvale", "AUS"), lat=-37.6, lon=144.9)
    town = dataclasses.replace(place(text, "Mandeville", "JAM"), lat=18.04, lon=-77.5)
    assert without_namesake_quarters(text, [far, town]) == (town,)
    # an administrative district of a province is no quarter
    text = "Troops shelled the Kargil district of Ladakh on Sunday."
    a = dataclasses.replace(place(text, "Kargil", "IND"), lat=34.5, lon=76.1)
    b = dataclasses.replace(place(text, "Ladakh", "IND", "admin1"), lat=40.0, lon=70.0)
    assert without_namesake_quarters(text, [a, b]) == (a, b)


def test_a_quarter_told_by_its_kind_and_read_far_from_the_storys_towns_is_dropped() -> None:
    text = "City police in Cúcuta said two men opened fire in the El Prado neighbourhood on Sunday."
    town = dataclasses.replace(place(text, "Cúcuta", "COL"), lat=7.89, lon=-72.51)
    abroad = dataclasses.replace(place(text, "El Prado", "ESP"), lat=40.41, lon=-3.69)
    far = dataclasses.replace(place(text, "El Prado", "COL"), lat=4.6, lon=-74.1)
    assert without_namesake_quarters(text, [town, abroad]) == (town,)
    assert without_namesake_quarters(text, [town, far]) == (town,)
    # read in the town, or with no town to compare it with, it stays
    near = dataclasses.replace(far, lat=7.9, lon=-72.5)
    assert without_namesake_quarters(text, [town, near]) == (town, near)
    assert without_namesake_quarters(text, [abroad]) == (abroad,)
    # one the gazetteer lacks gives way to the story's town too
    unknown = dataclasses.replace(far, lat=None, lon=None)
    assert without_namesake_quarters(text, [town, unknown]) == (town,)
    # the dateline's town counts among the story's towns
    text = "GHENT: two men were wounded in the Rabot district on Thursday."
    quarter = dataclasses.replace(place(text, "Rabot", "MAR"), lat=34.0, lon=-6.8)
    ghent = dataclasses.replace(place(text, "GHENT", "BEL"), lat=51.05, lon=3.72)
    assert without_namesake_quarters(text, [quarter], ghent) == ()
    # a town, not told as a quarter, stays wherever it lies
    text = "City police in Cúcuta said two men opened fire in El Prado on Sunday."
    cucuta = dataclasses.replace(place(text, "Cúcuta", "COL"), lat=7.89, lon=-72.51)
    el_prado = dataclasses.replace(place(text, "El Prado", "ESP"), lat=40.41, lon=-3.69)
    assert without_namesake_quarters(text, [cucuta, el_prado]) == (cucuta, el_prado)


def test_a_quarter_read_as_a_far_province_gives_way_but_a_district_told_as_one_stays() -> None:
    text = "Alto Hospicio: three men were shot inside a house in the La Pampa sector on Thursday."
    town = dataclasses.replace(place(text, "Alto Hospicio", "CHL"), lat=-20.27, lon=-70.1)
    province = dataclasses.replace(place(text, "La Pampa", "ARG", "admin1"), lat=-36.6, lon=-65.2)
    assert without_namesake_quarters(text, [province], town) == ()
    # "the Kurram district" is an area of its own even far from the story's town
    text = "Police in Peshawar said gunmen attacked a checkpoint in the Kurram district."
    peshawar = dataclasses.replace(place(text, "Peshawar", "PAK"), lat=34.0, lon=71.6)
    kurram = dataclasses.replace(place(text, "Kurram", "PAK", "admin2"), lat=33.8, lon=70.2)
    assert without_namesake_quarters(text, [peshawar, kurram]) == (peshawar, kurram)


def test_a_town_read_abroad_gives_way_to_the_country_of_the_town_it_is_placed_beside() -> None:
    text = "Gangs fought in Canaan, north of Port-au-Prince, on Wednesday."
    got = in_container(text, [place(text, "Canaan", "USA"), place(text, "Port-au-Prince", "HTI")])
    assert (got[0].country, got[0].lat) == ("HTI", None)
    text = "Gangs fought in Canaan, 20 km east of Port-au-Prince, on Wednesday."
    got = in_container(text, [place(text, "Canaan", "USA"), place(text, "Port-au-Prince", "HTI")])
    assert (got[0].country, got[0].lat) == ("HTI", None)
    text = "Gangs fought in Canaan and in Port-au-Prince on Wednesday."  # two places, not one beside another
    got = in_container(text, [place(text, "Canaan", "USA"), place(text, "Port-au-Prince", "HTI")])
    assert got[0].country == "USA"


def test_a_district_the_gazetteer_lacks_or_places_abroad_gives_way_to_its_town() -> None:
    text = "Gunmen opened fire in the Mirail district of Toulouse on Friday night."
    unknown = dataclasses.replace(place(text, "Mirail", "FRA"), lat=None, lon=None)
    town = dataclasses.replace(place(text, "Toulouse", "FRA"), lat=43.6, lon=1.44)
    assert without_namesake_quarters(text, [unknown, town]) == (town,)
    text = "A man was stabbed to death in the Neuhof district of Strasbourg on Saturday."
    abroad = dataclasses.replace(place(text, "Neuhof", "DEU"), lat=50.45, lon=9.61)
    town = dataclasses.replace(place(text, "Strasbourg", "FRA"), lat=48.58, lon=7.75)
    assert without_namesake_quarters(text, [abroad, town]) == (town,)
    # a district the gazetteer knows in the town keeps its reading; a namesake far off does not
    at_home = dataclasses.replace(abroad, country="FRA", lat=48.56, lon=7.76)
    assert without_namesake_quarters(text, [at_home, town]) == (at_home, town)
    far_off = dataclasses.replace(abroad, country="FRA", lat=50.63, lon=3.07)
    assert without_namesake_quarters(text, [far_off, town]) == (town,)


def test_a_district_of_a_named_area_stays_the_finer_place() -> None:
    # an administrative district the gazetteer lacks, of a province or a local government area
    for text, area in (
        ("Jets bombed houses in the Tani district of Khost province on Monday.", "Khost"),
        ("Herders raided the Ropp district of Barkin Ladi local government area.", "Barkin Ladi"),
    ):
        name = text.split(" district")[0].split()[-1]
        district = dataclasses.replace(place(text, name, "AFG"), lat=None, lon=None)
        town = dataclasses.replace(place(text, area, "AFG"), lat=33.3, lon=69.9)
        assert without_namesake_quarters(text, [district, town]) == (district, town)
    text = "Jets bombed houses in Tani district of Khost province on Monday."  # the unit in the name
    district = dataclasses.replace(place(text, "Tani", "AFG"), lat=None, lon=None)
    province = place(text, "Khost province", "AFG")
    assert without_namesake_quarters(text, [district, province]) == (district, province)


def test_a_part_of_a_town_or_a_place_near_one_takes_the_town() -> None:
    from whimbrel.place_containers import town_of_part

    def near(text: str, part: str, town: str, country: str = "PAK") -> tuple[str, str] | None:
        unknown = dataclasses.replace(place(text, part, country), lat=None, lon=None)
        got = town_of_part(text, unknown, [place(text, town, country)])
        return (got[0].name, got[1]) if got is not None else None

    part, near_town = "part-of-town", "near-town"
    assert near("A bomb went off on Quetta's Sariab Road.", "Sariab Road", "Quetta") == ("Quetta", part)
    assert near("a shooting in the Hamilton suburb of Dinsdale", "Dinsdale", "Hamilton") == ("Hamilton", part)
    assert near("a fight at Blacksands in Port Vila", "Blacksands", "Port Vila") == ("Port Vila", part)
    text = "shot in Gottsunda, on the southern edge of Uppsala"
    assert near(text, "Gottsunda", "Uppsala") == ("Uppsala", part)
    text = "in the Wadi al-Shay area, about 30 kilometres south-west of Kirkuk"
    assert near(text, "Wadi al-Shay", "Kirkuk") == ("Kirkuk", near_town)
    assert near("Tindaga, north of Mopti", "Tindaga", "Mopti") == ("Mopti", near_town)
    text = "Tungan Bako, a farming settlement about 15 kilometres outside Zuru"
    assert near(text, "Tungan Bako", "Zuru", "NGA") == ("Zuru", near_town)
    # a site told with its kind, two words at most: "metro station", "refugee camp", "tram stop"
    text = "a stabbing near the Ribaucourt metro station in Molenbeek"
    assert near(text, "Ribaucourt", "Molenbeek", "BEL") == ("Molenbeek", part)
    assert near("a raid on Balata refugee camp in Nablus", "Balata", "Nablus", "PSE") == ("Nablus", part)
    assert near("at the Clemenceau tram stop in Anderlecht", "Clemenceau", "Anderlecht", "BEL") == (
        "Anderlecht",
        part,
    )
    # right before its town, after a comma ("in Thabong, Welkom"), unless the town opens a list
    assert near("a shooting in Thabong, Welkom, on Sunday", "Thabong", "Welkom", "ZAF") == ("Welkom", part)
    assert near("raids in Thabong, Welkom and Virginia", "Thabong", "Welkom", "ZAF") is None
    # a town named apart from it, or abroad, is not its town
    assert near("Tindaga was raided; in Mopti, troops gathered", "Tindaga", "Mopti") is None
    text = "Tindaga, north of Mopti"
    unknown = dataclasses.replace(place(text, "Tindaga", "MLI"), lat=None, lon=None)
    assert town_of_part(text, unknown, [place(text, "Mopti", "BFA")]) is None


def test_a_towns_own_quarter_known_only_far_away_gives_way_to_the_town() -> None:
    text = "A drone hit a bus stop in Kherson's Dniprovskyi district on Tuesday."
    town = place(text, "Kherson", "UKR")
    far = dataclasses.replace(place(text, "Dniprovskyi", "UKR"), lat=50.45, lon=30.5)  # Kyiv's
    town = dataclasses.replace(town, lat=46.64, lon=32.61)
    assert without_namesake_quarters(text, [town, far]) == (town,)
    near = dataclasses.replace(far, lat=46.65, lon=32.62)  # one the gazetteer knows in the town stays
    assert without_namesake_quarters(text, [town, near]) == (town, near)


def test_a_street_or_a_typed_quarter_the_gazetteer_lacks_takes_the_storys_one_town() -> None:
    text = "Police in Rustavi said a fight broke out near a nightclub on Megobroba Avenue."
    town = dataclasses.replace(place(text, "Rustavi", "GEO"), lat=41.5, lon=45.0)
    street = dataclasses.replace(place(text, "Megobroba Avenue", "GEO"), lat=None, lon=None)
    assert story_town_of_part(text, street, [town, street]) == town
    text = "Shots were fired outside a pizzeria on Storgatan, police in Sundsvall said."
    town = dataclasses.replace(place(text, "Sundsvall", "SWE"), lat=62.4, lon=17.3)
    street = dataclasses.replace(place(text, "Storgatan", "SWE"), lat=None, lon=None)
    assert story_town_of_part(text, street, [town, street]) == town
    text = "Police in Helsingborg said a man was shot dead in the Drottninghög district."
    town = dataclasses.replace(place(text, "Helsingborg", "SWE", "admin2"), lat=56.0, lon=12.8)
    quarter = dataclasses.replace(place(text, "Drottninghög", "SWE"), lat=None, lon=None)
    assert story_town_of_part(text, quarter, [town, quarter]) == town
    # a village, told with no kind, or a story with two towns: no town's point
    text = "KANO - Gunmen killed five farmers in Kwatumari village."
    kano = dataclasses.replace(place(text, "KANO", "NGA"), lat=12.0, lon=8.5)
    village = dataclasses.replace(place(text, "Kwatumari", "NGA"), lat=None, lon=None)
    assert story_town_of_part(text, village, [kano, village]) is None
    text = "A fight broke out on Megobroba Avenue; police from Tbilisi and Rustavi came."
    street = dataclasses.replace(place(text, "Megobroba Avenue", "GEO"), lat=None, lon=None)
    tbilisi = dataclasses.replace(place(text, "Tbilisi", "GEO"), lat=41.7, lon=44.8)
    rustavi = dataclasses.replace(place(text, "Rustavi", "GEO"), lat=41.5, lon=45.0)
    assert story_town_of_part(text, street, [street, tbilisi, rustavi]) is None


def unlisted(text: str, name: str, country: str | None = None) -> Place:
    start = text.index(name)
    return Place(name, start, start + len(name), name, country)


def test_a_village_the_gazetteer_lacks_takes_the_point_of_the_town_or_area_it_lies_in() -> None:
    cases = [
        (
            "Raiders shot four herders at Chepkorio village in Baringo County.",
            "Chepkorio",
            "Baringo",
            "admin1",
        ),
        (
            "Three traders died in the vereda Los Pinos, rural zone of the municipality of Tame.",
            "Los Pinos",
            "Tame",
            "city",
        ),
        (
            "Rival groups clashed at Dhanua bazar under Sherpur Sadar Police Station.",
            "Dhanua",
            "Sherpur",
            "city",
        ),
        ("Two men were shot dead at Kochchikade, Negombo on Tuesday.", "Kochchikade", "Negombo", "city"),
    ]
    for text, village, town, feature in cases:
        box = place(text, town, "XXX", feature)
        box = dataclasses.replace(box, lat=1.0, lon=1.0)
        got = container_point(text, unlisted(text, village), [unlisted(text, village), box])
        assert got is not None and got[0] is box, text
        assert got[1] == ("in-town" if feature == "city" else "in-area")


def test_a_place_beside_another_or_in_a_list_takes_no_container() -> None:
    cases = [
        ("Gunmen hit Kochchikade and residents of Negombo fled.", "Kochchikade", "Negombo"),
        ("Raids on Tabid, Ozamiz and Dipolog left nine dead.", "Tabid", "Ozamiz"),
        ("Two died in Kochchikade, killing hope in Negombo.", "Kochchikade", "Negombo"),
    ]
    for text, village, town in cases:
        box = dataclasses.replace(place(text, town, "XXX"), lat=1.0, lon=1.0)
        assert container_point(text, unlisted(text, village), [unlisted(text, village), box]) is None, text


def test_a_namesake_abroad_told_inside_a_municipality_is_one_the_gazetteer_lacks() -> None:
    text = "Gunmen killed three in the aldea Las Delicias, jurisdiction of the municipality of Olanchito."
    got = in_container(text, [place(text, "Las Delicias", "MEX"), place(text, "Olanchito", "HND")])
    assert (got[0].country, got[0].lat) == ("HND", None)
    # ... but not when the story names more places in the town's country than in the container's
    text = "Loggers died near Riberalta, in the department of Beni. Police in Guayaramerín made arrests."
    mine = [place(text, "Riberalta", "BOL"), place(text, "Beni", "COD"), place(text, "Guayaramerín", "BOL")]
    assert in_container(text, mine) == tuple(mine)


def test_a_quarter_told_by_its_kind_before_its_name_and_read_abroad_gives_way_to_its_town() -> None:
    text = "Gunmen killed three people in the neighbourhood Las Palmas of Babahoyo."
    quarter = dataclasses.replace(place(text, "Las Palmas", "ESP", "admin2"), lat=28.5, lon=-14.6)
    town = place(text, "Babahoyo", "ECU")
    assert without_namesake_quarters(text, [quarter, town]) == (town,)
    unknown = unlisted(text, "Las Palmas")  # one the gazetteer lacks stays, to take the town's point
    assert without_namesake_quarters(text, [unknown, town]) == (unknown, town)


def test_a_quarter_named_in_more_words_than_the_gazetteer_read_gives_way_to_its_town() -> None:
    text = "Gunmen shot seven men in the Rivera Hernandez sector of San Pedro Sula late Saturday."
    far = dataclasses.replace(place(text, "Rivera", "URY"), lat=-30.9, lon=-55.55)
    town = dataclasses.replace(place(text, "San Pedro Sula", "HND"), lat=15.5, lon=-88.03)
    assert without_namesake_quarters(text, [far, town]) == (town,)


def test_an_area_read_abroad_gives_way_to_the_storys_town() -> None:
    text = "#Culiacan | A shootout in the Tres Rios area left four dead."
    town = dataclasses.replace(place(text, "Culiacan", "MEX"), lat=24.8, lon=-107.39)
    far = dataclasses.replace(place(text, "Tres Rios", "BRA"), lat=-22.1, lon=-43.2)
    assert without_namesake_quarters(text, [town, far]) == (town,)
    home = dataclasses.replace(far, country="MEX", lat=20.0, lon=-100.0)  # a district at home stays
    assert without_namesake_quarters(text, [town, home]) == (town, home)


def test_a_towns_part_told_without_its_kind_and_read_far_off_gives_way_to_the_town() -> None:
    text = "Gunmen wounded seven people on Detroit's East Side on Sunday."
    town = dataclasses.replace(place(text, "Detroit", "USA"), lat=42.33, lon=-83.05)
    far = dataclasses.replace(place(text, "East Side", "USA"), lat=40.73, lon=-73.98)
    assert without_namesake_quarters(text, [town, far]) == (town,)
    near = dataclasses.replace(far, lat=42.38, lon=-82.98)  # one the gazetteer knows in the city stays
    assert without_namesake_quarters(text, [town, near]) == (town, near)
    # a district's own town told with its unit may lie some way off ("Kishoreganj's Bhairab upazila")
    text = "Two factions clashed in Comilla's Laksam upazila on Friday."
    town = dataclasses.replace(place(text, "Comilla", "BGD"), lat=23.46, lon=91.18)
    unit = dataclasses.replace(place(text, "Laksam", "BGD"), lat=23.24, lon=91.13)
    assert without_namesake_quarters(text, [town, unit]) == (town, unit)
