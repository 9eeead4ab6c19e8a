// The timetable grid: arrow keys move between cells (links), Enter opens the cell (the link's own behaviour), Home/End go
// to the row's first and last cell. After a cell is saved the editor comes back with #c-… in the address: that cell gets
// the focus, so filling a class goes on from the keyboard.
(function () {
    'use strict';
    var grid = document.querySelector('[data-timetable-grid]');
    if (!grid) {
        return;
    }

    function cell(r, c) {
        return grid.querySelector('a.tt-cell[data-r="' + r + '"][data-c="' + c + '"]');
    }

    grid.addEventListener('keydown', function (e) {
        var a = e.target.closest('a.tt-cell');
        if (!a) {
            return;
        }

        var r = Number(a.dataset.r), c = Number(a.dataset.c), next = null;
        switch (e.key) {
            case 'ArrowRight': next = cell(r, c + 1); break;
            case 'ArrowLeft': next = cell(r, c - 1); break;
            case 'ArrowDown': next = cell(r + 1, c); break;
            case 'ArrowUp': next = cell(r - 1, c); break;
            case 'Home': next = cell(r, 0); break;
            case 'End': {
                var row = a.closest('tr').querySelectorAll('a.tt-cell');
                next = row[row.length - 1];
                break;
            }
            default: return;
        }

        e.preventDefault();
        if (next) {
            next.focus();
            next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        }
    });

    if (location.hash.indexOf('#c-') === 0) {
        var target = document.getElementById(location.hash.substring(1));
        if (target) {
            target.focus();
        }
    }
})();
