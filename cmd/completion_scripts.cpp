// The completion scripts of lac-completion(1). Each walks the words typed so far through
// the rows of the command table (completion.hpp) the same way: a word that names a
// subcommand of where it stands goes down to it; an option that takes a value skips
// that value; any other word is the next positional. Then it offers, for the word at the
// cursor: options, when it starts with '-'; else the kind of the value or positional it
// is (with the subcommands, before any positional). Words of the database and the config
// come from `lac __complete KIND -- TYPED`, given the --db, --config and --as typed so far.
#include <string>

#include "completion.hpp"

namespace {

const char* const bash_script = R"BASH(# bash completion for lac, made by 'lac completion bash' (lac @VERSION@)
@ROWS@
_lac_kind() {  # _lac_kind COMMAND OPTION: the kind of the option's value, or fail (a flag)
    local k
    for k in "$1 $2" "lac $2"; do
        [[ -n ${_lac_vals[$k]+set} ]] && { REPLY=${_lac_vals[$k]}; return 0; }
    done
    return 1
}
_lac() {
    local cur prev words cword split
    _init_completion -s || return
    local at=lac i w kind="" n=0 REPLY
    local -a given=() args
    for ((i = 1; i < cword; i++)); do
        w=${words[i]}
        if [[ $w == -?* && $w != *=* ]]; then
            _lac_kind "$at" "$w" || continue
            if ((i + 1 == cword)); then kind=$REPLY; break; fi
            [[ $w == --@(db|config|as) ]] && given+=("$w" "${words[i + 1]}")
            ((i++))
        elif [[ $w == - || $w != -* ]]; then
            if ((n == 0)) && [[ " ${_lac_subs[$at]-} " == *" $w "* ]]; then at+=" $w"; else ((n++)); fi
        fi
    done
    if [[ $split == true ]]; then
        _lac_kind "$at" "$prev" && kind=$REPLY
    elif [[ -z $kind && $cur == -* ]]; then
        COMPREPLY=($(compgen -W "${_lac_opts[$at]-} ${_lac_opts[lac]}" -- "$cur"))
        return
    elif [[ -z $kind ]]; then
        ((n == 0)) && COMPREPLY=($(compgen -W "${_lac_subs[$at]-}" -- "$cur"))
        read -ra args <<<"${_lac_args[$at]-}"
        kind=${args[n]--}
    fi
    case $kind in
        -) ;;
        @files) _filedir ;;
        =*) kind=${kind#=} && COMPREPLY+=($(compgen -W "${kind//,/ }" -- "$cur")) ;;
        *)
            # Names may hold spaces: one a line, and quoted as file names are.
            local typed=${cur#[\"\']} line
            typed=${typed//\\/}
            while IFS= read -r line; do COMPREPLY+=("$line"); done < <("$1" "${given[@]}" __complete "$kind" -- "$typed" 2>/dev/null)
            compopt -o filenames 2>/dev/null ;;
    esac
} &&
    complete -F _lac lac
)BASH";

const char* const zsh_script = R"ZSH(#compdef lac
# zsh completion for lac, made by 'lac completion zsh' (lac @VERSION@)
@ROWS@
_lac_kind() {  # _lac_kind COMMAND OPTION: the kind of the option's value in REPLY, or fail (a flag)
    local k
    for k in "$1 $2" "lac $2"; do
        (( ${+_lac_vals[$k]} )) && { REPLY=${_lac_vals[$k]}; return 0; }
    done
    return 1
}
_lac() {
    local at=lac w kind= REPLY cur=${(Q)PREFIX}
    local -i i n=0
    local -a given args found
    for (( i = 2; i < CURRENT; i++ )); do
        w=${(Q)words[i]}
        if [[ $w == -?* && $w != *=* ]]; then
            _lac_kind "$at" "$w" || continue
            if (( i + 1 == CURRENT )); then kind=$REPLY; break; fi
            [[ $w == (--db|--config|--as) ]] && given+=("$w" "${(Q)words[i + 1]}")
            (( i++ ))
        elif [[ $w == - || $w != -* ]]; then
            if (( n == 0 )) && [[ " ${_lac_subs[$at]-} " == *" $w "* ]]; then at+=" $w"; else (( n++ )); fi
        fi
    done
    if [[ -z $kind && $cur == --*=* ]] && _lac_kind "$at" "${cur%%=*}"; then
        kind=$REPLY
        compset -P '*='
        cur=${cur#*=}
    elif [[ -z $kind && $cur == -* ]]; then
        compadd -- ${=_lac_opts[$at]-} ${=_lac_opts[lac]}
        return
    elif [[ -z $kind ]]; then
        (( n == 0 )) && compadd -- ${=_lac_subs[$at]-}
        args=(${=_lac_args[$at]-})
        kind=${args[n + 1]:--}
    fi
    case $kind in
        -) ;;
        @files) _files ;;
        '='*) compadd -- ${(s:,:)kind#=} ;;
        *)
            # Names may hold spaces: one a line; compadd quotes them. lac matched them with case
            # aside, and so does compadd.
            found=(${(f)"$("${words[1]}" "${given[@]}" __complete "$kind" -- "$cur" 2>/dev/null)"})
            compadd -M 'm:{a-zA-Z}={A-Za-z}' -- "${found[@]}" ;;
    esac
}
if [[ ${zsh_eval_context[-1]} == loadautofunc ]]; then
    _lac "$@"
else
    compdef _lac lac
fi
)ZSH";

const char* const fish_script = R"FISH(# fish completion for lac, made by 'lac completion fish' (lac @VERSION@)
function __lac_row --description 'a row of the table of lac commands: __lac_row TABLE KEY'
    switch "$argv[1] $argv[2]"
@ROWS@
        case '*'
            return 1
    end
end
function __lac_kind --description 'the kind of an option value: __lac_kind COMMAND OPTION'
    __lac_row vals "$argv[1] $argv[2]"; or __lac_row vals "lac $argv[2]"
end
function __lac_complete --description 'the words lac offers at the cursor'
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct | string replace -r '^["\']' '' | string replace -a '\\' '')
    set -l at lac
    set -l n 0
    set -l kind
    set -l given
    set -l found
    set -l i 2
    while test $i -le (count $tokens)
        set -l w $tokens[$i]
        if string match -qr -- '^-.' $w; and not string match -q -- '*=*' $w
            if set found (__lac_kind $at $w)
                if test $i -eq (count $tokens)
                    set kind $found
                    break
                end
                contains -- $w --db --config --as; and set -a given $w $tokens[(math $i + 1)]
                set i (math $i + 1)
            end
        else if test "$w" = -; or not string match -q -- '-*' $w
            if test $n -eq 0; and contains -- $w (string split ' ' -- (__lac_row subs $at))
                set at "$at $w"
            else
                set n (math $n + 1)
            end
        end
        set i (math $i + 1)
    end
    set -l before ''
    if test -z "$kind"; and string match -q -- '--*=*' $cur; and set found (__lac_kind $at (string split -m1 = -- $cur)[1])
        set kind $found
        set before (string split -m1 = -- $cur)[1]=
        set cur (string split -m1 = -- $cur)[2]
    else if test -z "$kind"; and string match -q -- '-*' $cur
        string split ' ' -- (__lac_row opts $at) (__lac_row opts lac)
        return
    else if test -z "$kind"
        test $n -eq 0; and string split ' ' -- (__lac_row subs $at)
        set -l args (string split ' ' -- (__lac_row args $at))
        set kind -
        test $n -lt (count $args); and set kind $args[(math $n + 1)]
    end
    switch $kind
        case -
        case @files
            __fish_complete_path $cur
        case '=*'
            string split , -- (string sub -s 2 -- $kind)
        case '*'
            # Names may hold spaces: one a line; fish quotes them.
            for word in (command $tokens[1] $given __complete $kind -- $cur 2>/dev/null)
                echo $before$word
            end
    end
end
complete -c lac -f -a '(__lac_complete)'
)FISH";

}  // namespace

const std::vector<std::string>& completion_shells() {
    static const std::vector<std::string> shells{"bash", "zsh", "fish"};
    return shells;
}

namespace {

// The script with its @VERSION@ and its @ROWS@ filled in.
std::string filled(std::string script, const std::string& rows) {
    for (const auto& [mark, text] : {std::pair<std::string, std::string>{"@VERSION@", LAC_VERSION}, {"@ROWS@", rows}})
        script.replace(script.find(mark), mark.size(), text);
    return script;
}

}  // namespace

std::string completion_script(const std::string& shell, const CompletionRows& rows) {
    std::string table;
    if (shell == "bash") {
        table = "declare -gA _lac_subs=() _lac_opts=() _lac_vals=() _lac_args=()";
        for (const auto& r : rows) table += "\n_lac_" + r.table + "['" + r.key + "']='" + r.value + "'";
        return filled(bash_script, table);
    }
    if (shell == "zsh") {
        table = "typeset -gA _lac_subs=() _lac_opts=() _lac_vals=() _lac_args=()";
        for (const auto& r : rows) table += "\n_lac_" + r.table + "+=('" + r.key + "' '" + r.value + "')";
        return filled(zsh_script, table);
    }
    if (shell == "fish") {
        for (const auto& r : rows)
            table += (table.empty() ? "" : "\n") + std::string(8, ' ') + "case '" + r.table + " " + r.key + "'\n" +
                     std::string(12, ' ') + "echo '" + r.value + "'";
        return filled(fish_script, table);
    }
    return "";
}
