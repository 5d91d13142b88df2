#pragma once
// Word lists for synthetic people, places and notes (lib-internal).
#include <array>
#include <string_view>

namespace lac::demo_words {

inline constexpr std::array<std::string_view, 48> first_names = {
    "Mary", "Tom", "Edith", "Kwame", "Priya", "Dennis", "Agnieszka", "Joan", "Siobhan", "Arthur", "Fatima", "Gwen",
    "Olu", "Zoë", "Harold", "Margaret", "Ravi", "Bronwen", "Sean", "Aisha", "Derek", "Irene", "Tariq", "Elsie",
    "Gareth", "Nadia", "Stanley", "Yusuf", "Maureen", "Callum", "Ngozi", "Brian", "Hina", "Rhys", "Doreen", "Piotr",
    "Jean", "Amir", "Sheila", "Kofi", "Iris", "Malcolm", "Leila", "Graham", "Ewa", "Ruth", "Winston", "Sunita"};
inline constexpr std::array<std::string_view, 40> last_names = {
    "O'Brien", "Hughes", "Walker", "Mensah", "Shah", "Clarke", "Nowak", "Pritchard", "Kelly", "Bell", "Hassan",
    "Lewis", "Adeyemi", "Jones", "Patel", "Evans", "Khan", "Davies", "Murphy", "Ahmed", "Roberts", "Begum",
    "Thomas", "Okafor", "Wright", "Morgan", "Ali", "Price", "Kowalski", "Green", "Singh", "Hall", "Baker",
    "Osei", "Turner", "Reid", "Hussain", "Ward", "Jenkins", "Campbell"};
inline constexpr std::array<std::string_view, 24> places = {
    "Northfield", "Hillside", "Riverside", "Oakwood", "Millbrook", "Ashton", "Brookfield", "Castlegate",
    "Denby", "Elmstead", "Fairview", "Greenacre", "Harbour", "Ivybridge", "Kingsway", "Longmoor",
    "Meadowbank", "Newlands", "Orchard", "Parkside", "Queensway", "Redhill", "Southgate", "Westbury"};
inline constexpr std::array<std::string_view, 4> compass = {"North", "South", "East", "West"};

struct AssetTemplate {
    std::string_view kind;
    std::string_view name;
};
inline constexpr std::array<AssetTemplate, 16> assets = {{{"group", "Friendship Club"},
                                                          {"group", "Men's Shed"},
                                                          {"faith", "St Anne's Church Lunch"},
                                                          {"faith", "Mosque Community Kitchen"},
                                                          {"library", "Library"},
                                                          {"timebank", "Time Bank"},
                                                          {"sport", "Walking Group"},
                                                          {"sport", "Chair Yoga"},
                                                          {"arts", "Community Choir"},
                                                          {"arts", "Craft Circle"},
                                                          {"volunteering", "Food Bank"},
                                                          {"volunteering", "Repair Café"},
                                                          {"employer", "Garden Centre"},
                                                          {"learning", "Adult Learning Centre"},
                                                          {"service", "Citizens Advice"},
                                                          {"other", "Allotments"}}};

inline constexpr std::array<std::string_view, 12> notes = {
    "Talked about what a good week looks like.",
    "Caught up over a cup of tea; feeling brighter.",
    "Went together to look round the group.",
    "Worried about money this month; looked at options together.",
    "Family visited at the weekend, which went well.",
    "Planned the first steps towards the goal.",
    "Quiet week; a short call to check in.",
    "Met at the library café.",
    "Talked through the letter from the council.",
    "Keen to try volunteering.",
    "Not sleeping well; agreed to see the GP.",
    "Celebrated a small win."};

inline constexpr std::array<std::string_view, 12> goals = {
    "A friend to go to the football with", "To sing in a choir again", "Stay in my own home",
    "Get back into work, even a few hours", "See my grandchildren every week", "Learn to use a computer",
    "Walk to the shops on my own", "Get my garden back", "Feel less lonely in the evenings",
    "Sort out my money worries", "Cook proper meals again", "Help other people like I was helped"};

}  // namespace lac::demo_words
