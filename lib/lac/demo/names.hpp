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
    std::string_view notes;  // when it meets, and what a newcomer should know
};
inline constexpr std::array<AssetTemplate, 16> assets = {{
    {"group", "Friendship Club", "Tuesdays 10–12 in the church hall; tea and a chat, no need to book"},
    {"group", "Men's Shed", "Weekdays 9–3; woodwork and repairs, tools provided"},
    {"faith", "St Anne's Church Lunch", "Thursdays at 12:30; £3, free for anyone short"},
    {"faith", "Mosque Community Kitchen", "Fridays after prayers; everyone welcome"},
    {"library", "Library", "Computer help on Wednesday mornings; warm space all week"},
    {"timebank", "Time Bank", "An hour given is an hour to spend; sign up at the library"},
    {"sport", "Walking Group", "Mondays at 10 from the park gates; an hour at an easy pace"},
    {"sport", "Chair Yoga", "Wednesdays at 2; seated, for any fitness"},
    {"arts", "Community Choir", "Thursday evenings; no auditions, no need to read music"},
    {"arts", "Craft Circle", "Saturday mornings; materials shared"},
    {"volunteering", "Food Bank", "Volunteers sort and hand out on Mondays and Fridays"},
    {"volunteering", "Repair Café", "Last Saturday of the month; bring something broken"},
    {"employer", "Garden Centre", "Takes on supported volunteers, some into paid work"},
    {"learning", "Adult Learning Centre", "Free English, maths and computer courses each term"},
    {"service", "Citizens Advice", "Drop-in on Tuesdays; debt, benefits and housing advice"},
    {"other", "Allotments", "Shared plots; the committee welcomes new hands"}}};
// Numbers in Ofcom's range kept for drama (0161 496 0000 to 0999), so none is anyone's.
inline constexpr std::string_view drama_phone = "0161 496 0";

// What people bring: the gifts a coordinator notices and builds on.
inline constexpr std::array<std::string_view, 12> gifts = {
    "baking", "gardening", "a good listener", "fixing things", "knitting", "cooking for a crowd",
    "music", "speaks Polish", "driving", "knows everyone on the street", "computers", "making people laugh"};

// What a conversation was about, for any mode in which people talk (not a message).
inline constexpr std::array<std::string_view, 10> notes = {
    "Talked about what a good week looks like.",
    "Feeling brighter than last time.",
    "Worried about money this month; looked at options together.",
    "Family visited at the weekend, which went well.",
    "Planned the first steps towards the goal.",
    "Talked through the letter from the council.",
    "Keen to try volunteering.",
    "Not sleeping well; agreed to see the GP.",
    "Celebrated a small win.",
    "Talked about who they could call on when things are hard."};
// A text that belongs with one tag: a mode, a life area or a crisis type.
struct Tagged {
    std::string_view tag;
    std::string_view text;
};

// Notes that say where, or how, so each belongs to one mode.
inline constexpr std::array<Tagged, 12> mode_notes = {{
    {"in-person", "Met for a coffee in town."},
    {"in-person", "Met at the library café."},
    {"home-visit", "Caught up over a cup of tea at home."},
    {"home-visit", "Looked round the house together for what needs fixing."},
    {"community", "Went together to look round the group."},
    {"community", "Walked down to the community centre together."},
    {"phone", "Quiet week; a short call to check in."},
    {"phone", "Rang to see how the week had gone."},
    {"video", "Video call; showed me the garden."},
    {"video", "Video call with their daughter joining in."},
    {"message", "Texted to check in; all well."},
    {"message", "Sent the group's times, as promised."}}};

// A goal in the person's words, with the life area it belongs to, and whom it fits: born
// in or after `born_from`, in or before `born_by`; a summer plan is made in the first half
// of the year.
struct GoalTemplate {
    std::string_view area;
    std::string_view text;
    int born_from = 0, born_by = 9999;
    bool summer = false;
};
inline constexpr std::array<GoalTemplate, 24> goals = {{
    {"friends", "A friend to go to the football with"},
    {"friends", "Feel less lonely in the evenings"},
    {"friends", "Someone to have a cuppa with each week"},
    {"family", "See my grandchildren every week", 0, 1975},
    {"family", "Make up with my brother"},
    {"home", "Stay in my own home"},
    {"home", "Get my garden back"},
    {"home", "Move somewhere with no stairs"},
    {"work", "Get back into work, even a few hours", 1962},
    {"work", "Find a volunteering role that could lead to a job", 1962},
    {"learning", "Learn to use a computer"},
    {"learning", "Take an English class"},
    {"health", "Walk to the shops on my own"},
    {"health", "Cook proper meals again"},
    {"health", "Sleep through the night"},
    {"money", "Sort out my money worries"},
    {"money", "Get the benefits I am entitled to"},
    {"community", "Help other people like I was helped"},
    {"community", "Be part of something in the neighbourhood"},
    {"leisure", "To sing in a choir again"},
    {"leisure", "Get back to fishing"},
    {"leisure", "Go to the seaside this summer", 0, 9999, true},
    {"other", "Get my bus pass sorted"},
    {"other", "Have a say in what happens to me"}}};

// What a person gave, and the asset on the map where they gave it ("" for none); the
// place is not in the words, as lac shows "… at ASSET" after them.
struct ContributionTemplate {
    std::string_view what;
    std::string_view asset;
};
inline constexpr std::array<ContributionTemplate, 12> contributions = {{
    {"Helped run the coffee morning", "Friendship Club"},
    {"Sorted and handed out food parcels", "Food Bank"},
    {"Taught knitting", "Craft Circle"},
    {"Fixed bikes", "Repair Café"},
    {"Helped cook the lunch", "St Anne's Church Lunch"},
    {"Did a neighbour's gardening, banked as hours", "Time Bank"},
    {"Dug the shared beds", "Allotments"},
    {"Gave a neighbour a lift to the shops", ""},
    {"Showed a neighbour how to make a video call", ""},
    {"Cooked a meal for a neighbour", ""},
    {"Helped a neighbour fill in a form", ""},
    {"Checked on an older neighbour through the cold spell", ""}}};

// Why a crisis was on its way, and why it did not come, by shipped type.
inline constexpr std::array<Tagged, 8> evidence = {{
    {"residential-care", "After a fall the family asked about a care home; with a neighbour calling daily and "
                         "the lunch club, they stayed at home."},
    {"nursing-care", "Discharge planning pointed to nursing care; friends from church now visit every day and "
                     "the district nurse calls."},
    {"hospital-admission", "Was not eating or taking medication; the walking group noticed and helped, and the "
                           "GP caught it early."},
    {"ae-attendance", "Used to ring 999 when anxious at night; now calls a friend from the group instead."},
    {"mental-health-inpatient", "In crisis last winter; a daily call from a peer and a plan with the crisis "
                                "team kept them at home."},
    {"eviction", "Rent arrears had reached a notice; with Citizens Advice the arrears are on a plan."},
    {"gp-appointment", "Was seeing the GP weekly for loneliness; the choir and the time bank fill that week "
                       "now."},
    {"police-call-out", "A dispute with neighbours was heading for the police; mediated over a cup of tea."}}};
inline constexpr std::string_view other_evidence = "The support around them meant it did not happen.";
// Crises of late life, avoided only for people of 65 or more.
inline constexpr std::array<std::string_view, 2> late_life_crises = {"residential-care", "nursing-care"};

}  // namespace lac::demo_words
