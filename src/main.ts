import './ui/open-database';
import './ui/app-shell';
