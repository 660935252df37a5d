import './ui/shell/open-database';
import './ui/shell/app-shell';
